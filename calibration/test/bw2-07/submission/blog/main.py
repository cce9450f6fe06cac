from contextlib import asynccontextmanager

from fastapi import FastAPI

from blog.api import auth, posts
from blog.database import create_tables


@asynccontextmanager
async def lifespan(app):
    await create_tables()
    yield


app = FastAPI(
    title="Blog API",
    description="Multi-author blog. Reads are public; writing needs a bearer token from /auth/token.",
    version="1.0",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(posts.router)
