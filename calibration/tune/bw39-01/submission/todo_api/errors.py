"""Domain errors and their single mapping onto HTTP responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias, assert_never

from fastapi import HTTPException, status
from pydantic import BaseModel


@dataclass(frozen=True)
class NotFound:
    resource: str
    id: int


@dataclass(frozen=True)
class Conflict:
    detail: str


@dataclass(frozen=True)
class Unauthorized:
    detail: str


AppError: TypeAlias = NotFound | Conflict | Unauthorized


class ErrorBody(BaseModel):
    """Shape of every non-validation error body (documented in OpenAPI)."""

    detail: str


def into_http(error: AppError) -> HTTPException:
    match error:
        case NotFound(resource=resource, id=ident):
            return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"{resource} {ident} not found")
        case Conflict(detail=detail):
            return HTTPException(status.HTTP_409_CONFLICT, detail=detail)
        case Unauthorized(detail=detail):
            return HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                detail=detail,
                headers={"WWW-Authenticate": "Bearer"},
            )
    assert_never(error)
