"""Pure core: types and total functions. No I/O in this module."""

from dataclasses import dataclass
from datetime import datetime
from enum import Enum, auto
from typing import NewType

UserId = NewType("UserId", int)
PostId = NewType("PostId", int)
CommentId = NewType("CommentId", int)


@dataclass(frozen=True, slots=True)
class Ok[T]:
    value: T


@dataclass(frozen=True, slots=True)
class Err[E]:
    error: E


type Result[T, E] = Ok[T] | Err[E]


class Failure(Enum):
    NOT_FOUND = auto()
    FORBIDDEN = auto()


@dataclass(frozen=True, slots=True)
class User:
    id: UserId
    username: str
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
class Comment:
    id: CommentId
    post_id: PostId
    author_id: UserId
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


DEFAULT_LIMIT = 10
MAX_LIMIT = 50


def make_page(limit: int | None, offset: int | None) -> Result[Page, str]:
    """Smart constructor for Page: the only way a handler gets one."""
    match (limit, offset):
        case (None, None):
            return Ok(Page(DEFAULT_LIMIT, 0))
        case (int(l), _) if not 1 <= l <= MAX_LIMIT:
            return Err(f"limit must be between 1 and {MAX_LIMIT}")
        case (_, int(o)) if o < 0:
            return Err("offset must be >= 0")
        case (l, o):
            return Ok(Page(l if l is not None else DEFAULT_LIMIT, o if o is not None else 0))


def may_edit(user: UserId, post: Post) -> Result[Post, Failure]:
    return Ok(post) if post.author_id == user else Err(Failure.FORBIDDEN)


def excerpt(content: str, width: int = 200) -> str:
    flat = " ".join(content.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
