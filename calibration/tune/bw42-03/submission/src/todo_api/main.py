from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from todo_api.db import Base
from todo_api.routers import auth, todos
from todo_api.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings or Settings()  # type: ignore[call-arg]
        engine = create_async_engine(app.state.settings.database_url)
        # Schema bootstrap for the exercise; a real service would run Alembic migrations.
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        app.state.sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
        yield
        await engine.dispose()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Personal todo lists. Authenticate with the OAuth2 password flow "
        "(`POST /auth/token`) and send `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app


app = create_app()
