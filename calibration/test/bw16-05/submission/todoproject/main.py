from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import db
from .accounts import views as accounts_views
from .settings import Settings, get_settings
from .todos import views as todos_views


def create_app(settings: Settings | None = None) -> FastAPI:
    """Application factory. Run with: uvicorn todoproject.main:create_app --factory"""
    settings = settings or get_settings()
    engine = db.make_engine(settings.DATABASE_URL)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.Base.metadata.create_all(engine)
        yield
        engine.dispose()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description=(
            "Personal todo lists. Register, exchange username/password for a token at "
            "`POST /auth/login` (HTTP Basic), then send `Authorization: Bearer <token>`."
        ),
        debug=settings.DEBUG,
        lifespan=lifespan,
    )
    app.state.session_factory = db.make_session_factory(engine)
    app.state.settings = settings

    app.include_router(accounts_views.router)
    app.include_router(todos_views.router)
    return app
