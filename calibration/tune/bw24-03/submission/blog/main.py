from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog import settings
from blog.db import migrate
from blog.views import accounts, posts


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings.check()
    migrate()
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="A small multi-author blog. Reads are public; writes need a bearer token.",
    lifespan=lifespan,
)

if settings.CORS_ALLOWED_ORIGINS:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.CORS_ALLOWED_ORIGINS,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )

app.include_router(accounts.router)
app.include_router(posts.router)
