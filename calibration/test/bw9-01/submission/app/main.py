from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import models  # noqa: F401  (registers the tables on Base.metadata)
from app.db import Base, engine
from app.routers import auth, posts


@asynccontextmanager
async def lifespan(_: FastAPI):
    # Good enough for a take-home; a real app would use Alembic migrations.
    Base.metadata.create_all(bind=engine)
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="A small multi-author blog: accounts, posts and comments.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(posts.router)


@app.get("/health", tags=["meta"], summary="Liveness check")
def health() -> dict[str, str]:
    return {"status": "ok"}
