import logging
from datetime import datetime, timezone

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from blogapi.dto.error_dto import ErrorResponseDto
from blogapi.exception.exceptions import AuthenticationException, BlogApiException

logger = logging.getLogger(__name__)


def _error_response(request: Request, status: int, error: str, message: str) -> JSONResponse:
    body = ErrorResponseDto(
        timestamp=datetime.now(timezone.utc),
        status=status,
        error=error,
        message=message,
        path=request.url.path,
    )
    return JSONResponse(status_code=status, content=body.model_dump(mode="json", by_alias=True))


async def handle_blog_api_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BlogApiException)
    response = _error_response(request, exc.status.value, exc.status.phrase, exc.message)
    if isinstance(exc, AuthenticationException):
        response.headers["WWW-Authenticate"] = "Bearer"
    return response


async def handle_unexpected_exception(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("Unhandled exception on %s %s", request.method, request.url.path, exc_info=exc)
    return _error_response(request, 500, "Internal Server Error", "An unexpected error occurred")


def register_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(BlogApiException, handle_blog_api_exception)
    app.add_exception_handler(Exception, handle_unexpected_exception)
