from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api.db import Base, make_engine, make_sessionmaker
from todo_api.routes import auth, todos
from todo_api.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """Application factory: `uvicorn --factory todo_api.app:create_app`."""
    resolved = settings if settings is not None else get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(resolved.database_url)
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        app.state.settings = resolved
        app.state.sessionmaker = make_sessionmaker(engine)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        summary="Personal todo lists. Auth: OAuth2 password flow, JWT bearer tokens.",
        lifespan=lifespan,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
