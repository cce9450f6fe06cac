"""A small sealed Result type.

Python has no `sealed` classes, but a union of frozen dataclasses plus
`match` gets close: mypy --strict complains when a branch is missing, the
same way `when` does on a sealed class in Kotlin.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class Ok(Generic[T]):
    value: T


@dataclass(frozen=True, slots=True)
class Err(Generic[E]):
    error: E


Result = Ok[T] | Err[E]


class TokenError(Enum):
    EXPIRED = "expired"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class TodoNotFound:
    todo_id: int


@dataclass(frozen=True, slots=True)
class UsernameTaken:
    username: str
