"""Errors as values. Handlers pattern-match on these and map them to HTTP once."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import HTTPException, status


@dataclass(frozen=True, slots=True)
class NotFound:
    what: str


@dataclass(frozen=True, slots=True)
class UsernameTaken:
    username: str


@dataclass(frozen=True, slots=True)
class BadCredentials:
    pass


DomainError = NotFound | UsernameTaken | BadCredentials


def to_http(error: DomainError) -> HTTPException:
    match error:
        case NotFound(what=what):
            return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"{what} not found")
        case UsernameTaken(username=name):
            return HTTPException(status.HTTP_409_CONFLICT, detail=f"username '{name}' is taken")
        case BadCredentials():
            return HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                detail="incorrect username or password",
                headers={"WWW-Authenticate": "Bearer"},
            )
