"""Application entry point: ``uvicorn todo_api.main:app``."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api.database import Base, engine
from todo_api.routers import auth, todos


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # For a project this size, creating the tables at start-up replaces migrations.
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


app = FastAPI(
    title="Todo API",
    summary="Personal todo lists for several users.",
    description="Authenticate with the OAuth2 password flow at `POST /auth/token`, "
    "then send `Authorization: Bearer <token>` with every `/todos` request.",
    version="1.0.0",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)
