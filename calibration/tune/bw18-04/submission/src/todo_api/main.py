from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api import __version__
from todo_api.auth.controller import router as auth_router
from todo_api.common.exceptions import register_exception_handlers
from todo_api.config import Settings, get_settings
from todo_api.database import Database
from todo_api.todos.controller import router as todos_router


def create_app(settings: Settings | None = None) -> FastAPI:
    """Application factory (think NestFactory.create(AppModule))."""
    settings = settings or get_settings()
    database = Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await database.create_schema()
        yield
        await database.dispose()

    app = FastAPI(
        title="Todo API",
        version=__version__,
        description="Per-user todo lists. Authenticate with the OAuth2 password flow (`POST /auth/login`).",
        lifespan=lifespan,
    )
    app.state.database = database
    app.dependency_overrides[get_settings] = lambda: settings

    register_exception_handlers(app)
    app.include_router(auth_router)
    app.include_router(todos_router)
    return app
