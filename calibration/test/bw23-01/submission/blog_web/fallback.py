"""Action fallback: turns `("error", reason)` into an HTTP error.

Controllers match on the happy path and hand everything else here, the same
way `action_fallback BlogWeb.FallbackController` works in Phoenix.
"""

from typing import NoReturn

from fastapi import HTTPException, status

from blog_web.json import ErrorJSON

_STATUS = {
    "not_found": (status.HTTP_404_NOT_FOUND, "Not found"),
    "forbidden": (status.HTTP_403_FORBIDDEN, "You are not the author of this post"),
    "username_taken": (status.HTTP_409_CONFLICT, "Username is already taken"),
}

# For the OpenAPI docs: the error shapes a route can answer with.
NOT_FOUND = {404: {"model": ErrorJSON, "description": "No such record"}}
FORBIDDEN = {403: {"model": ErrorJSON, "description": "Not the author"}}
UNAUTHORIZED = {401: {"model": ErrorJSON, "description": "Missing or invalid token"}}
CONFLICT = {409: {"model": ErrorJSON, "description": "Username already taken"}}


def fallback(result: object) -> NoReturn:
    match result:
        case ("error", reason) if reason in _STATUS:
            code, detail = _STATUS[reason]
            raise HTTPException(status_code=code, detail=detail)
        case _:
            # Anything else is a programming error: let it crash loudly.
            raise RuntimeError(f"unhandled context result: {result!r}")
