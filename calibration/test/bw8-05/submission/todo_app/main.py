from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_app.database import create_tables, engine
from todo_app.routers import auth, todos


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await create_tables(engine)
    yield
    await engine.dispose()


app = FastAPI(
    title="Todo API",
    version="0.1.0",
    description="Per-user todo lists. Authenticate via `/auth/token` (OAuth2 password flow).",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"], summary="Liveness probe")
async def health() -> dict[str, str]:
    return {"status": "ok"}
