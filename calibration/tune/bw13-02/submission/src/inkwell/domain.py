"""Domain values and the pure rules over them. No I/O in this module."""
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    password_hash: str


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PostPatch:
    title: str | None = None
    content: str | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


# --- errors are values, mapped to HTTP at the edge -------------------------


@dataclass(frozen=True, slots=True)
class NotFound:
    what: str


@dataclass(frozen=True, slots=True)
class Forbidden:
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    reason: str


DomainError = NotFound | Forbidden | Conflict


def authorize_edit(post: Post, actor_id: int) -> Post | Forbidden:
    """Only the author may modify or delete a post."""
    if post.author_id != actor_id:
        return Forbidden("only the author may modify this post")
    return post


def apply_patch(post: Post, patch: PostPatch, now: datetime) -> Post:
    """Return a new Post with the patch applied; the input is never mutated.

    An empty patch is the identity (updated_at is left alone).
    """
    changes = {
        name: value
        for name, value in (("title", patch.title), ("content", patch.content))
        if value is not None
    }
    if not changes:
        return post
    return replace(post, **changes, updated_at=now)
