"""A minimal Result type.

Failures that are part of the domain (a missing post, a taken username, a
wrong password) are values, not exceptions. Functions return ``Ok(value)`` or
``Err(error)`` and callers have to look at which one they got. Exceptions are
reserved for things nobody can handle locally (the database went away).

Only the HTTP layer turns an ``Err`` into an ``HTTPException``; see
``routes.unwrap``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar

T = TypeVar("T")
U = TypeVar("U")
E = TypeVar("E")
F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class Ok(Generic[T]):
    value: T

    def is_ok(self) -> bool:
        return True

    def map(self, f: Callable[[T], U]) -> Ok[U]:
        return Ok(f(self.value))

    def map_err(self, f: Callable[[Any], Any]) -> Ok[T]:
        return self

    def and_then(self, f: Callable[[T], Result[U, E]]) -> Result[U, E]:
        return f(self.value)

    def unwrap_or(self, default: T) -> T:
        return self.value


@dataclass(frozen=True, slots=True)
class Err(Generic[E]):
    error: E

    def is_ok(self) -> bool:
        return False

    def map(self, f: Callable[[Any], Any]) -> Err[E]:
        return self

    def map_err(self, f: Callable[[E], F]) -> Err[F]:
        return Err(f(self.error))

    def and_then(self, f: Callable[[Any], Any]) -> Err[E]:
        return self

    def unwrap_or(self, default: T) -> T:
        return default


Result: TypeAlias = Ok[T] | Err[E]


def from_optional(value: T | None, error: E) -> Result[T, E]:
    """Lift an ``Optional`` into a ``Result``, like Scala's ``Option.toRight``."""
    return Err(error) if value is None else Ok(value)
