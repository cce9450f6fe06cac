"""A tiny `Result` type.

Repository functions that can fail in an *expected* way return `Result[T, E]` instead of
raising. The HTTP layer then has to `match` on the outcome, so every failure mode is
handled explicitly at the boundary where it becomes a status code. Unexpected failures
(database down, bugs) still raise and end up as a 500, which is what they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeAlias, TypeVar, Union

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class Ok(Generic[T]):
    value: T


@dataclass(frozen=True, slots=True)
class Err(Generic[E]):
    error: E


Result: TypeAlias = Union[Ok[T], Err[E]]
