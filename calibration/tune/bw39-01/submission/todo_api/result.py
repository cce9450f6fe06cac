"""A tiny `Result` type.

Repository functions return `Ok(value)` or `Err(error)` instead of raising, so every
failure mode is visible in the signature and has to be handled by the caller with `match`.
Translation into HTTP happens in exactly one place (`errors.into_http`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeAlias, TypeVar, Union

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E


Result: TypeAlias = Union[Ok[T], Err[E]]
