from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .config import config
from .database import Base, engine
from .routers import auth, comments, posts


def create_app() -> FastAPI:
    """Application factory - run with `uvicorn blog_api.app:create_app --factory`."""
    if not config.SECRET_KEY:
        raise RuntimeError("SECRET_KEY environment variable is not set")

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog: accounts, posts and comments. "
        "Authenticate with the OAuth2 password flow at /auth/token.",
    )

    if config.CORS_ORIGINS:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.CORS_ORIGINS,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    # no Alembic for a take-home; tables are created on startup
    Base.metadata.create_all(bind=engine)

    app.include_router(auth.bp)
    app.include_router(posts.bp)
    app.include_router(comments.bp)

    @app.get("/health", tags=["meta"], summary="Liveness check")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
