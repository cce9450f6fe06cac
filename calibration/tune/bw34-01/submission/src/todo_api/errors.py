"""Domain errors and their single mapping onto HTTP responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from fastapi import HTTPException, status


@dataclass(frozen=True, slots=True)
class UsernameTaken:
    username: str


@dataclass(frozen=True, slots=True)
class InvalidCredentials:
    pass


@dataclass(frozen=True, slots=True)
class InvalidToken:
    reason: str


@dataclass(frozen=True, slots=True)
class TodoNotFound:
    todo_id: int


DomainError: TypeAlias = UsernameTaken | InvalidCredentials | InvalidToken | TodoNotFound

_BEARER = {"WWW-Authenticate": "Bearer"}


def to_http(error: DomainError) -> HTTPException:
    """Exhaustive mapping from a domain error to the response the client sees."""
    match error:
        case UsernameTaken(username=username):
            return HTTPException(status.HTTP_409_CONFLICT, f"username '{username}' is taken")
        case InvalidCredentials():
            return HTTPException(
                status.HTTP_401_UNAUTHORIZED, "incorrect username or password", headers=_BEARER
            )
        case InvalidToken():
            # The reason is logged by the caller, not leaked to the client.
            return HTTPException(
                status.HTTP_401_UNAUTHORIZED, "could not validate credentials", headers=_BEARER
            )
        case TodoNotFound(todo_id=todo_id):
            return HTTPException(status.HTTP_404_NOT_FOUND, f"todo {todo_id} not found")
