from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blogapi.db import Database
from blogapi.models import Base
from blogapi.routes import auth, posts
from blogapi.settings import get_settings


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    db = Database(get_settings().database_url)
    async with db.engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    app.state.db = db
    yield
    await db.engine.dispose()


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="Blog API", version="0.1.0", lifespan=lifespan)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "PATCH", "DELETE"],
                           allow_headers=["Authorization", "Content-Type"])
    app.include_router(auth)
    app.include_router(posts)
    return app


app = create_app()
