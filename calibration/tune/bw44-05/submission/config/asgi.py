"""ASGI entry point: ``uvicorn config.asgi:application``."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from config.settings import settings
from config.urls import API_PREFIX, urlpatterns


def get_asgi_application() -> FastAPI:
    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description=(
            "Multi-author blog. Authenticate with the OAuth2 password flow at "
            f"`{API_PREFIX}/auth/token` and send `Authorization: Bearer <token>`."
        ),
        debug=settings.DEBUG,
    )
    if settings.CORS_ALLOWED_ORIGINS:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.CORS_ALLOWED_ORIGINS,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    for router in urlpatterns:
        app.include_router(router, prefix=API_PREFIX)
    return app


application = get_asgi_application()
