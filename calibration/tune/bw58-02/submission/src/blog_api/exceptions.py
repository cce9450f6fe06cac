from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


class ApplicationException(Exception):
    status_code: int = 500
    error: str = "Internal Server Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(ApplicationException):
    status_code = 404
    error = "Not Found"


class ForbiddenException(ApplicationException):
    status_code = 403
    error = "Forbidden"


class ConflictException(ApplicationException):
    status_code = 409
    error = "Conflict"


class UnauthorizedException(ApplicationException):
    status_code = 401
    error = "Unauthorized"


async def _handle_application_exception(request: Request, exc: ApplicationException) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
    return JSONResponse(
        status_code=exc.status_code,
        content={"status": exc.status_code, "error": exc.error, "message": exc.message},
        headers=headers,
    )


def register_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApplicationException, _handle_application_exception)
