from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blogapi import __version__
from blogapi.config import get_settings
from blogapi.db import create_tables, engine
from blogapi.routes import auth, posts


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    await create_tables()
    yield
    await engine.dispose()


app = FastAPI(
    title="Blog API",
    version=__version__,
    summary="Multi-author blog: posts and comments. Reads are public, writes need a bearer token.",
    lifespan=lifespan,
)

settings = get_settings()
if settings.cors_origins:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )

app.include_router(auth.router)
app.include_router(posts.router)
