"""Global exception handler (the @ControllerAdvice of this application)."""
import logging
from datetime import datetime, timezone

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.dto.base_dto import ErrorResponseDTO
from app.exceptions.exceptions import BlogApplicationException

logger = logging.getLogger(__name__)


def _build_error_response(request: Request, status: int, error: str, message: str) -> ErrorResponseDTO:
    return ErrorResponseDTO(
        timestamp=datetime.now(timezone.utc).isoformat(),
        status=status,
        error=error,
        message=message,
        path=request.url.path,
    )


async def handle_blog_application_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BlogApplicationException)
    body = _build_error_response(request, exc.status_code, exc.error, exc.message)
    headers: dict[str, str] = {}
    if exc.status_code == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(
        status_code=exc.status_code,
        content=body.model_dump(by_alias=True),
        headers=headers,
    )


async def handle_unexpected_exception(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("Unhandled exception on %s", request.url.path)
    body = _build_error_response(request, 500, "Internal Server Error", "An unexpected error occurred")
    return JSONResponse(status_code=500, content=body.model_dump(by_alias=True))


def register_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(BlogApplicationException, handle_blog_application_exception)
    app.add_exception_handler(Exception, handle_unexpected_exception)
