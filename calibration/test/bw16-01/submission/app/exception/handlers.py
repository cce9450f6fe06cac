from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.dto.response import ErrorResponseDto
from app.exception.exceptions import ApplicationException, AuthenticationException


def _error_body(request: Request, exc: ApplicationException) -> dict:
    return ErrorResponseDto(
        status=exc.status_code, error=exc.error, message=exc.message, path=request.url.path
    ).model_dump()


async def application_exception_handler(request: Request, exc: ApplicationException) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, AuthenticationException) else None
    return JSONResponse(status_code=exc.status_code, content=_error_body(request, exc), headers=headers)


def register_exception_handlers(app: FastAPI) -> None:
    """Like a @ControllerAdvice: one place that maps domain exceptions to HTTP responses."""
    app.add_exception_handler(ApplicationException, application_exception_handler)  # type: ignore[arg-type]
