"""Algebraic data types for the blog domain.

Records are frozen dataclasses (product types); alternatives are unions of
records (sum types). Nothing in here performs IO.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, NewType, TypeAlias, TypeVar, Union

UserId = NewType("UserId", int)
PostId = NewType("PostId", int)
CommentId = NewType("CommentId", int)
Username = NewType("Username", str)

A = TypeVar("A")
B = TypeVar("B")
E = TypeVar("E")


# -- Result = Ok a | Err e ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Ok(Generic[A]):
    value: A


@dataclass(frozen=True, slots=True)
class Err(Generic[E]):
    error: E


Result: TypeAlias = Union[Ok[A], Err[E]]


def bind(r: Result[A, E], f: Callable[[A], Result[B, E]]) -> Result[B, E]:
    """(>>=) specialised to Result."""
    match r:
        case Ok(value=v):
            return f(v)
        case Err():
            return r


def from_optional(x: A | None, err: E) -> Result[A, E]:
    """maybe (Left err) Right."""
    return Err(err) if x is None else Ok(x)


# -- Domain errors -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class NotFound:
    what: str


@dataclass(frozen=True, slots=True)
class Forbidden:
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    reason: str


DomainError: TypeAlias = Union[NotFound, Forbidden, Conflict]


# -- Entities ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class User:
    id: UserId
    username: Username
    password_hash: str


@dataclass(frozen=True, slots=True)
class Post:
    id: PostId
    author_id: UserId
    title: str
    content: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class AuthoredPost:
    post: Post
    author: Username


@dataclass(frozen=True, slots=True)
class Comment:
    id: CommentId
    post_id: PostId
    author_id: UserId
    content: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PostEdit:
    title: str | None
    content: str | None


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int
