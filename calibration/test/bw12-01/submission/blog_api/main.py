from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog_api.controllers.auth_controller import AuthController
from blog_api.controllers.base import ProblemDetailsException, problem_details_handler
from blog_api.controllers.comments_controller import CommentsController
from blog_api.controllers.posts_controller import PostsController
from blog_api.infrastructure.database import ensure_database_created
from blog_api.settings import get_settings


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    ensure_database_created()
    yield


def build_app() -> FastAPI:
    get_settings()  # fail fast if BLOG_JWT_SECRET is missing

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog: accounts, posts and comments.",
        lifespan=lifespan,
    )

    # Tokens travel in the Authorization header, never in cookies, so any origin may call us.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=False,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.add_exception_handler(ProblemDetailsException, problem_details_handler)

    for controller in (AuthController(), PostsController(), CommentsController()):
        app.include_router(controller.router)

    return app


app = build_app()
