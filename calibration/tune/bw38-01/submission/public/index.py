"""Front controller. Run with: uvicorn public.index:app"""
from fastapi import FastAPI

import src.Entity  # noqa: F401  (loads the ORM mapping)
from config.parameters import APP_ENV
from src.Controller import CommentController, PostController, SecurityController


def createKernel(env: str = APP_ENV) -> FastAPI:
    kernel = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog. Authenticate with `POST /api/login_check`, "
        "then send `Authorization: Bearer <token>`.",
        debug=env == "dev",
    )
    kernel.include_router(SecurityController.router)
    kernel.include_router(PostController.router)
    kernel.include_router(CommentController.router)

    return kernel


app = createKernel()
