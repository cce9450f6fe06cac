"""Pure functions over the domain types. No IO, no clocks: time is passed in."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from blog.types import DomainError, Err, Forbidden, Ok, Page, Post, PostEdit, Result, UserId

A = TypeVar("A")


def paginate(xs: Sequence[A], page: Page) -> list[A]:
    return list(xs[page.offset : page.offset + page.limit])


def authorize_edit(actor: UserId, post: Post) -> Result[Post, DomainError]:
    if post.author_id == actor:
        return Ok(post)
    return Err(Forbidden("only the author may modify this post"))


def apply_edit(post: Post, edit: PostEdit, now: datetime) -> Post:
    return replace(
        post,
        title=post.title if edit.title is None else edit.title,
        content=post.content if edit.content is None else edit.content,
        updated_at=now,
    )


def newest_first(posts: Sequence[Post]) -> list[Post]:
    return sorted(posts, key=lambda p: (p.created_at, p.id), reverse=True)
