from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.db import init_models
from app.routers import auth, todos


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await init_models()
    yield


app = FastAPI(
    title="Todo API",
    version="1.0.0",
    description="Per-user todo lists. Auth: OAuth2 password flow, JWT bearer tokens.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"], summary="Liveness probe")
async def health() -> dict[str, str]:
    return {"status": "ok"}
