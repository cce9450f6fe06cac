from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config import settings
from app.controllers import comments_controller, posts_controller, sessions_controller, users_controller
from app.controllers.application_controller import record_invalid, record_not_found
from app.db import engine
from app.models import ApplicationRecord, RecordInvalid, RecordNotFound


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # poor man's `rails db:schema:load`
    ApplicationRecord.metadata.create_all(engine)
    yield


def create_app() -> FastAPI:
    app = FastAPI(title="Blog API", version="1.0.0", lifespan=lifespan)

    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings().cors_origins,
        allow_credentials=False,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )

    app.add_exception_handler(RecordNotFound, record_not_found)
    app.add_exception_handler(RecordInvalid, record_invalid)

    # config/routes.rb
    app.include_router(users_controller.router)
    app.include_router(sessions_controller.router)
    app.include_router(posts_controller.router)
    app.include_router(comments_controller.router)
    return app


app = create_app()
