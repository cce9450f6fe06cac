"""ASGI entry point: ``uvicorn config.asgi:application``."""

from fastapi import FastAPI

from apps.accounts.views import router as accounts_router
from apps.todos.views import router as todos_router
from config.settings import get_settings

# the closest thing to INSTALLED_APPS: every app exposes one router
INSTALLED_ROUTERS = [accounts_router, todos_router]

DESCRIPTION = """
Multi-user todo API.

Sign up at `POST /auth/signup`, then get a bearer token from `POST /auth/token`
(OAuth2 password flow, form-encoded `username` / `password`). Every `/todos` route
requires `Authorization: Bearer <token>`.
"""


def get_application() -> FastAPI:
    app = FastAPI(
        title="Todo service",
        version="0.1.0",
        description=DESCRIPTION,
        debug=get_settings().debug,
    )
    for router in INSTALLED_ROUTERS:
        app.include_router(router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


application = get_application()
