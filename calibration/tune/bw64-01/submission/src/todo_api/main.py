from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api.config import load_settings
from todo_api.db import apply_schema, make_pool
from todo_api.routes import auth, todos


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = load_settings()
    pool = make_pool(settings.database_url)
    await pool.open(wait=True)
    try:
        await apply_schema(pool)
        app.state.settings = settings
        app.state.pool = pool
        yield
    finally:
        await pool.close()


app = FastAPI(
    title="Todo API",
    version="0.1.0",
    description="Personal todo lists. Authenticate with `POST /auth/token`, "
    "then send `Authorization: Bearer <token>`.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)
