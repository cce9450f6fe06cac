from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from blog.config import get_settings
from blog.exceptions import DomainError, InvalidCredentials
from blog.http.controllers import auth_controller, comment_controller, post_controller


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(
        title=settings.app_name,
        version="1.0.0",
        description=(
            "Multi-author blog. Authenticate with the OAuth2 password flow at "
            "`/api/v1/auth/token` and send `Authorization: Bearer <token>`."
        ),
    )

    if settings.cors_origins:
        # explicit origins only (never "*"), so sending credentials is safe here
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    api = APIRouter(prefix="/api/v1")
    api.include_router(auth_controller.router)
    api.include_router(post_controller.router)
    api.include_router(comment_controller.router)
    app.include_router(api)

    @app.exception_handler(DomainError)
    async def render_domain_error(_: Request, exc: DomainError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, InvalidCredentials) else None
        return JSONResponse(
            status_code=exc.status_code, content={"detail": exc.detail}, headers=headers
        )

    return app


app = create_app()
