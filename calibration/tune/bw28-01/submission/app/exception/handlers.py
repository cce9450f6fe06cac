"""Global exception mapping (the @ControllerAdvice of this application)."""
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.dto.base_dto import ErrorResponseDTO
from app.exception.exceptions import ApplicationException, AuthenticationException


def register_exception_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApplicationException)
    def handle_application_exception(_: Request, exc: ApplicationException) -> JSONResponse:
        body = ErrorResponseDTO(status=exc.status_code, error=exc.error, message=exc.message)
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, AuthenticationException) else None
        return JSONResponse(status_code=exc.status_code, content=body.model_dump(by_alias=True), headers=headers)
