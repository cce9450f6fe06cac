"""Domain layer: plain data classes + sealed results, no framework imports."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class User:
    id: int
    username: str
    passwordHash: bytes


@dataclass(frozen=True)
class Todo:
    id: int
    ownerId: int
    title: str
    description: str | None
    done: bool
    createdAt: datetime

    def copyWith(
        self,
        title: str | None = None,
        description: str | None = None,
        done: bool | None = None,
    ) -> Todo:
        # Kotlin's copy(): only overwrite what the caller actually passed
        return replace(
            self,
            title=title if title is not None else self.title,
            description=description if description is not None else self.description,
            done=done if done is not None else self.done,
        )


# --- sealed class RepoResult<T> -------------------------------------------------

class RepoResult(Generic[T]):
    """Sealed hierarchy. Only the subclasses below are allowed."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__ != __name__:
            raise TypeError("RepoResult is sealed")


@dataclass(frozen=True)
class Success(RepoResult[T]):
    value: T


@dataclass(frozen=True)
class NotFound(RepoResult[T]):
    entity: str
    id: int


@dataclass(frozen=True)
class Conflict(RepoResult[T]):
    reason: str
