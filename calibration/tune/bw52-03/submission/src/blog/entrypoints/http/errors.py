from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from blog.domain.errors import Conflict, DomainError, Forbidden, InvalidCredentials, NotFound
from blog.entrypoints.http.schemas import ErrorOut

_STATUS: dict[type[DomainError], int] = {
    NotFound: status.HTTP_404_NOT_FOUND,
    Forbidden: status.HTTP_403_FORBIDDEN,
    Conflict: status.HTTP_409_CONFLICT,
    InvalidCredentials: status.HTTP_401_UNAUTHORIZED,
}


async def _domain_error(_: Request, exc: Exception) -> JSONResponse:
    code = next(
        (code for kind, code in _STATUS.items() if isinstance(exc, kind)),
        status.HTTP_400_BAD_REQUEST,
    )
    headers = {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
    return JSONResponse(status_code=code, content={"detail": str(exc)}, headers=headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entry for the error codes a route can produce."""
    descriptions = {
        401: "Missing, invalid or expired bearer token",
        403: "Authenticated, but not the author",
        404: "Resource not found",
        409: "Conflict with existing state",
    }
    return {code: {"model": ErrorOut, "description": descriptions[code]} for code in codes}
