from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import auth, todos
from .db import init_db


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await init_db()
    yield


app = FastAPI(
    title="Todo service",
    version="0.1.0",
    description="Per-user todos. Log in with HTTP Basic at /auth/token, then use the bearer token.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)
