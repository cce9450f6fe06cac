from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.database import create_tables
from app.routers import auth, comments, posts


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await create_tables()
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog. Reads are public; writes need a bearer token.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)
