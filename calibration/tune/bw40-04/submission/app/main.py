from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.db import init_db
from app.routers import auth, todos


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    init_db()
    yield


app = FastAPI(
    title="Todo API",
    version="1.0.0",
    description="Personal todo lists. Authenticate with `POST /auth/token` (OAuth2 password flow).",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"], summary="Liveness probe")
def health() -> dict[str, str]:
    return {"status": "ok"}
