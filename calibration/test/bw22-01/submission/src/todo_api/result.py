"""A small Result type.

Persistence and service functions return ``Ok`` or ``Err`` instead of raising, so
every failure a caller has to handle shows up in the signature and mypy checks that
it is handled. Exceptions are kept for programmer errors and for the HTTP edge,
where FastAPI expects ``HTTPException``.
"""

from dataclasses import dataclass
from typing import Generic, TypeVar, Union

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E


Result = Union[Ok[T], Err[E]]
