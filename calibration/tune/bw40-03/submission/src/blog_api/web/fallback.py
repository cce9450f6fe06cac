"""Turns a context's error reason into an HTTP error (the FallbackController)."""
from typing import Any

from fastapi import HTTPException, status

from blog_api.result import Reason
from blog_api.web.views import ErrorView

_RENDER: dict[str, tuple[int, str]] = {
    "not_found": (status.HTTP_404_NOT_FOUND, "Not found"),
    "forbidden": (status.HTTP_403_FORBIDDEN, "Only the author may change this post"),
    "username_taken": (status.HTTP_409_CONFLICT, "Username is already taken"),
    "invalid_credentials": (status.HTTP_401_UNAUTHORIZED, "Incorrect username or password"),
    "invalid_token": (status.HTTP_401_UNAUTHORIZED, "Invalid or expired token"),
}


def to_http(reason: Reason) -> HTTPException:
    code, detail = _RENDER[reason]
    headers = {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
    return HTTPException(status_code=code, detail=detail, headers=headers)


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error codes a route can produce."""
    described = {
        401: "Missing, invalid or expired bearer token",
        403: "Authenticated user is not the author",
        404: "Record does not exist",
        409: "Username is already taken",
    }
    return {code: {"model": ErrorView, "description": described[code]} for code in codes}
