import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config import get_settings
from app.db import Base, engine
from app.logging import AccessLogMiddleware, configure_logging
from app.routers import auth, comments, health, posts

settings = get_settings()
configure_logging(settings.log_level, settings.log_json)
log = logging.getLogger("blog")


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    Base.metadata.create_all(engine)
    log.info("startup complete", extra={"fields": {"database": engine.url.render_as_string()}})
    yield
    engine.dispose()
    log.info("shutdown complete")


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog. Auth: OAuth2 password flow, bearer JWT.",
    lifespan=lifespan,
)

# Public, read-mostly API authenticated with bearer tokens (no cookies), so any
# origin may call it; credentials are deliberately not allowed cross-origin.
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=False,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
)
app.add_middleware(AccessLogMiddleware)

app.include_router(health.router)
app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)
