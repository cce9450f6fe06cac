"""Application factory.

Run with:  uvicorn blog.app:create_app --factory
"""
from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from blog.api import auth, comments, posts
from blog.database import Base, make_engine
from blog.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description=(
            "Multi-author blog. Reading is public; writing needs a bearer token from "
            "`POST /auth/token` (OAuth2 password flow, JWT)."
        ),
        debug=settings.debug,
    )

    engine = make_engine(settings.database_url)
    Base.metadata.create_all(engine)  # no migrations yet, see README
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = sessionmaker(bind=engine, expire_on_commit=False)

    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
