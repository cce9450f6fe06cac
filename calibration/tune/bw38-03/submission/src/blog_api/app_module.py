from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog_api.config.configuration import get_settings
from blog_api.database.database import Database
from blog_api.modules.auth.auth_controller import router as auth_router
from blog_api.modules.comments.comments_controller import router as comments_router
from blog_api.modules.posts.posts_controller import router as posts_router


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    database = Database(settings.database_url, echo=settings.db_logging)
    if settings.db_synchronize:
        await database.synchronize()
    app.state.database = database
    yield
    await database.dispose()


def create_app() -> FastAPI:
    settings = get_settings()

    app = FastAPI(
        title=settings.app_name,
        version="1.0.0",
        description=(
            "Multi-author blog API. Authenticate with `POST /auth/login` and send the "
            "returned `accessToken` as `Authorization: Bearer <token>`."
        ),
        lifespan=lifespan,
    )

    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    app.include_router(auth_router)
    app.include_router(posts_router)
    app.include_router(comments_router)

    @app.get("/health", tags=["health"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
