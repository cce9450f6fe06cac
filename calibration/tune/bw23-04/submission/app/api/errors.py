from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from app.api.schemas import ErrorOut
from app.domain import InvalidCredentials, NotPostAuthor, PostNotFound, UsernameTaken

_ANSWERS: dict[type[Exception], tuple[int, str]] = {
    PostNotFound: (status.HTTP_404_NOT_FOUND, "Post not found"),
    NotPostAuthor: (status.HTTP_403_FORBIDDEN, "Only the author may do that"),
    UsernameTaken: (status.HTTP_409_CONFLICT, "Username already taken"),
    InvalidCredentials: (status.HTTP_401_UNAUTHORIZED, "Incorrect username or password"),
}


def _error(code: int, description: str) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorOut, "description": description}}


NOT_FOUND = _error(404, "No such post")
FORBIDDEN = _error(403, "Not the post's author")
UNAUTHORIZED = _error(401, "Missing or invalid token")
CONFLICT = _error(409, "Username already taken")


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    code, detail = _ANSWERS[type(exc)]
    headers = {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
    return JSONResponse(status_code=code, content={"detail": detail}, headers=headers)


def install(app: FastAPI) -> None:
    for exc_type in _ANSWERS:
        app.add_exception_handler(exc_type, _domain_error)
