"""Tagged results, in the spirit of `{:ok, value} | {:error, reason}`.

Contexts return these instead of raising, so the web layer decides how each failure is rendered
(see `web/fallback.py`). Unexpected failures still raise.
"""
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class Ok(Generic[T]):
    value: T


@dataclass(frozen=True, slots=True)
class Err(Generic[E]):
    reason: E


Result = Ok[T] | Err[E]

NotFound = Literal["not_found"]
Forbidden = Literal["forbidden"]
UsernameTaken = Literal["username_taken"]
InvalidCredentials = Literal["invalid_credentials"]
InvalidToken = Literal["invalid_token"]

Reason = NotFound | Forbidden | UsernameTaken | InvalidCredentials | InvalidToken
