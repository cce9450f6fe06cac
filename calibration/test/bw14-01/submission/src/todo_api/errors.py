"""Domain errors as plain values.

Repository functions return either a value or one of these errors; the HTTP
layer converts them in exactly one place (`to_http`). Nothing below the HTTP
layer raises for an expected failure.
"""

from dataclasses import dataclass
from typing import assert_never

from fastapi import HTTPException, status


@dataclass(frozen=True, slots=True)
class TodoNotFound:
    todo_id: int


@dataclass(frozen=True, slots=True)
class UsernameTaken:
    username: str


@dataclass(frozen=True, slots=True)
class InvalidCredentials:
    pass


@dataclass(frozen=True, slots=True)
class InvalidToken:
    pass


DomainError = TodoNotFound | UsernameTaken | InvalidCredentials | InvalidToken

_BEARER = {"WWW-Authenticate": "Bearer"}


def to_http(err: DomainError) -> HTTPException:
    if isinstance(err, TodoNotFound):
        # Same answer whether the todo does not exist or belongs to someone else.
        return HTTPException(status.HTTP_404_NOT_FOUND, f"todo {err.todo_id} not found")
    elif isinstance(err, UsernameTaken):
        return HTTPException(status.HTTP_409_CONFLICT, f"username {err.username!r} is taken")
    elif isinstance(err, InvalidCredentials):
        return HTTPException(
            status.HTTP_401_UNAUTHORIZED, "incorrect username or password", headers=_BEARER
        )
    elif isinstance(err, InvalidToken):
        return HTTPException(
            status.HTTP_401_UNAUTHORIZED, "invalid or expired token", headers=_BEARER
        )
    else:
        assert_never(err)
