"""FallbackController: one place that turns {:error, reason} into HTTP."""

from fastapi import HTTPException, status

_STATUS = {
    "not_found": (status.HTTP_404_NOT_FOUND, "Not found"),
    "forbidden": (status.HTTP_403_FORBIDDEN, "Only the author may do that"),
    "username_taken": (status.HTTP_409_CONFLICT, "Username already taken"),
    "invalid_credentials": (status.HTTP_401_UNAUTHORIZED, "Invalid username or password"),
    "invalid_token": (status.HTTP_401_UNAUTHORIZED, "Invalid token"),
    "expired": (status.HTTP_401_UNAUTHORIZED, "Token expired"),
}


def error(reason: str) -> HTTPException:
    code, detail = _STATUS[reason]
    headers = {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
    return HTTPException(status_code=code, detail=detail, headers=headers)


def responses(*reasons: str) -> dict[int | str, dict[str, object]]:
    """OpenAPI `responses=` entries for the given error reasons."""
    from blog_web.views import ErrorJSON

    return {_STATUS[r][0]: {"model": ErrorJSON, "description": _STATUS[r][1]} for r in reasons}
