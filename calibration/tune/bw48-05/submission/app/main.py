from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.db import database, init_schema
from app.routers import auth, todos


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await database.connect()
    try:
        await init_schema()
        yield
    finally:
        await database.disconnect()


app = FastAPI(
    title="Todo API",
    version="1.0.0",
    description="Per-user todo lists. Authenticate with the OAuth2 password flow at /auth/token.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/healthz", tags=["ops"], summary="Liveness and database check")
async def healthz() -> dict[str, str]:
    await database.fetch_val("SELECT 1")
    return {"status": "ok"}
