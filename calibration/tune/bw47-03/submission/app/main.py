import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict

from fastapi import FastAPI

from app.platform.config import Settings
from app.platform.database import Database
from app.platform.errors import install_error_handlers
from app.platform.events import Event, EventBus
from app.services.identity import api as identity_api
from app.services.identity.domain import UserRegistered
from app.services.todos import api as todos_api
from app.services.todos.domain import TodoCompleted, TodoCreated, TodoDeleted

_audit = logging.getLogger("todo.audit")

DESCRIPTION = """
Personal todo lists. Register at `/api/v1/identity/users`, obtain a bearer token at
`/api/v1/identity/token` (OAuth2 password flow), then manage your todos under `/api/v1/todos`.
"""


async def _audit_event(event: Event) -> None:
    _audit.info("%s %s", type(event).__name__, asdict(event))


def _register_subscribers(bus: EventBus) -> None:
    for event_type in (UserRegistered, TodoCreated, TodoCompleted, TodoDeleted):
        bus.subscribe(event_type, _audit_event)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()  # type: ignore[call-arg]  # filled from the environment
    db = Database(settings.database_url)
    bus = EventBus()
    _register_subscribers(bus)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await db.create_schema()
        yield
        await db.dispose()

    app = FastAPI(title="Todo Platform", version="1.0.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.db = db
    app.state.bus = bus

    install_error_handlers(app)
    app.include_router(identity_api.router)
    app.include_router(todos_api.router)

    @app.get("/healthz", tags=["ops"], summary="Liveness probe")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
