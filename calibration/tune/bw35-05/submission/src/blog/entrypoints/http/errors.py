"""Translate domain errors into HTTP. The core has no idea what a status code is."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from blog.domain.errors import DomainError, InvalidCredentials, NotAuthor, NotFound, UsernameTaken
from blog.entrypoints.http.schemas import ErrorOut

_STATUS: dict[type[DomainError], int] = {
    NotFound: status.HTTP_404_NOT_FOUND,
    NotAuthor: status.HTTP_403_FORBIDDEN,
    UsernameTaken: status.HTTP_409_CONFLICT,
    InvalidCredentials: status.HTTP_401_UNAUTHORIZED,
}


async def _domain_error(_: Request, exc: Exception) -> JSONResponse:
    code = next((c for t, c in _STATUS.items() if isinstance(exc, t)), status.HTTP_400_BAD_REQUEST)
    headers = {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
    return JSONResponse(ErrorOut(detail=str(exc)).model_dump(), status_code=code, headers=headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error codes a route can produce."""
    descriptions = {
        401: "Missing, invalid or expired bearer token",
        403: "Authenticated, but not the author",
        404: "Post not found",
        409: "Username already taken",
    }
    return {code: {"model": ErrorOut, "description": descriptions[code]} for code in codes}
