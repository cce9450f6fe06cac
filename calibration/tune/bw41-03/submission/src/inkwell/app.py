"""Application factory.

Run with::

    uvicorn --factory inkwell.app:create_app
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from inkwell import __version__, db
from inkwell.config import Settings
from inkwell.routers import auth, comments, posts

DESCRIPTION = """
A small multi-author blog.

* **Anyone** can list and read posts and their comments.
* **Registered users** can publish posts and comment.
* Only a post's **author** can edit or delete it.

Authentication uses the OAuth2 password flow: obtain a bearer token from
`POST /auth/token` and send it as `Authorization: Bearer <token>`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application. Reads settings from the environment if none are given."""
    resolved = settings if settings is not None else Settings.from_env()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        db.init_db(resolved.database_path)
        yield

    app = FastAPI(
        title="Inkwell",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = resolved

    if resolved.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(resolved.cors_origins),
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
