from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_service.db import create_schema, engine
from todo_service.routers import auth, todos


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await create_schema()
    yield
    await engine.dispose()


app = FastAPI(
    title="Todo API",
    version="0.1.0",
    description="Personal todo lists. Log in at `/auth/token` and send `Authorization: Bearer <token>`.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"], summary="Liveness probe")
async def health() -> dict[str, str]:
    return {"status": "ok"}
