from contextlib import asynccontextmanager

from fastapi import FastAPI

from blog_api.controllers.auth_controller import AuthController
from blog_api.controllers.post_controller import PostController
from blog_api.database import BaseEntity, engine
from blog_api.exceptions import register_exception_handlers


@asynccontextmanager
async def lifespan(app: FastAPI):
    BaseEntity.metadata.create_all(bind=engine)
    yield


def create_application() -> FastAPI:
    application = FastAPI(title="Blog API", version="0.1.0", lifespan=lifespan)
    register_exception_handlers(application)
    application.include_router(AuthController.router)
    application.include_router(PostController.router)
    return application


app = create_application()
