from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.routers import accounts, comments, posts
from blog.settings import get_settings

DESCRIPTION = """
A small multi-author blog.

* Anyone can read posts and comments.
* Sign up at `POST /auth/register`, then get a bearer token from `POST /auth/token`
  (OAuth2 password flow; the **Authorize** button below works).
* Only a post's author may edit or delete it.
"""


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="Blog API", version="1.0.0", description=DESCRIPTION)

    if settings.cors_origins:
        # Bearer tokens travel in a header, so no cookies/credentials are needed cross-origin.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(accounts.router)
    app.include_router(posts.router)
    app.include_router(comments.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
