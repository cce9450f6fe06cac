"""The pure part. Nothing in here awaits, reads the clock or touches the network."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import NewType, assert_never

UserId = NewType("UserId", int)
TodoId = NewType("TodoId", int)


@dataclass(frozen=True, slots=True)
class User:
    id: UserId
    username: str
    password_hash: str


@dataclass(frozen=True, slots=True)
class Todo:
    id: TodoId
    owner: UserId
    title: str
    description: str | None
    done: bool
    created_at: datetime


# --- partial updates ----------------------------------------------------------
#
# A PATCH field is either absent (Keep) or present with a value (Set). This is
# `Maybe (Maybe a)` spelled out, so "absent" and "null" can never be confused.


@dataclass(frozen=True, slots=True)
class Keep:
    pass


@dataclass(frozen=True, slots=True)
class Set[T]:
    value: T


type Change[T] = Keep | Set[T]


@dataclass(frozen=True, slots=True)
class Patch:
    title: Change[str] = Keep()
    description: Change[str | None] = Keep()
    done: Change[bool] = Keep()


def _apply[T](current: T, change: Change[T]) -> T:
    match change:
        case Keep():
            return current
        case Set(value):
            return value
        case _:
            assert_never(change)


def apply_patch(todo: Todo, patch: Patch) -> Todo:
    return replace(
        todo,
        title=_apply(todo.title, patch.title),
        description=_apply(todo.description, patch.description),
        done=_apply(todo.done, patch.done),
    )


# --- pagination ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page[T]:
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


def paginate[T](items: Sequence[T], limit: int, offset: int) -> Page[T]:
    """Total, and the law `paginate(xs, n, 0).items + paginate(xs, len(xs), n).items == xs` holds."""
    return Page(
        items=tuple(items[offset : offset + limit]),
        total=len(items),
        limit=limit,
        offset=offset,
    )
