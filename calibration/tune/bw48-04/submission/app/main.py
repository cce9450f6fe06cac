"""
Entry point of the Blog API.

Run it with:  uvicorn app.main:app --reload
"""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import models  # noqa: F401  (registers the tables on Base.metadata)
from app.api.routes import auth, comments, posts
from app.core.config import get_settings
from app.db.session import Base, engine

settings = get_settings()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """
    Code before `yield` runs once at startup, code after it at shutdown.
    For a small project create_all() is fine; a real project would use Alembic.
    """
    Base.metadata.create_all(bind=engine)
    yield


app = FastAPI(
    title="Blog API",
    description="A small multi-author blog: accounts, posts and comments.",
    version="1.0.0",
    lifespan=lifespan,
)

# CORS: only the origins listed in the settings may call us from a browser.
# allow_credentials is safe here because the origin list is explicit (never "*").
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health", tags=["health"])
def health() -> dict[str, str]:
    """Used by load balancers / Docker to check that the app is alive."""
    return {"status": "ok"}
