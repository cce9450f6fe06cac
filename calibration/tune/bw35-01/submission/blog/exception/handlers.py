from datetime import datetime, timezone

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from blog.exception.exceptions import BlogException, UnauthorizedException


class ErrorResponse(BaseModel):
    timestamp: datetime
    status: int
    error: str
    message: str
    path: str


def _error_body(exc: BlogException, request: Request) -> dict[str, object]:
    return ErrorResponse(
        timestamp=datetime.now(timezone.utc),
        status=exc.status_code,
        error=exc.error,
        message=exc.message,
        path=request.url.path,
    ).model_dump(mode="json")


def register_exception_handlers(app: FastAPI) -> None:
    """Works like a @RestControllerAdvice: domain exceptions -> HTTP responses."""

    @app.exception_handler(BlogException)
    def handle_blog_exception(request: Request, exc: BlogException) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, UnauthorizedException) else None
        return JSONResponse(status_code=exc.status_code, content=_error_body(exc, request), headers=headers)
