from __future__ import annotations

from dataclasses import dataclass


class ErrNotFound(Exception):
    pass


class ErrConflict(Exception):
    pass


class ErrForbidden(Exception):
    pass


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    password_hash: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: str
