"""The application entry point: `uvicorn blog_web.endpoint:app`."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from blog.repo import migrate
from blog_web.controllers import comment_controller, post_controller, session_controller


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    await migrate()
    yield


app = FastAPI(
    title="Blog API",
    version="0.1.0",
    description="Multi-author blog. Log in at `/auth/token` and send `Authorization: Bearer <token>`.",
    lifespan=lifespan,
)

app.include_router(session_controller.router)
app.include_router(post_controller.router)
app.include_router(comment_controller.router)
