"""In-memory posts and comments.

Only `async def` handlers call this store and no method awaits, so every operation runs to
completion on the event loop without interleaving: no lock needed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime


@dataclass(frozen=True)
class Post:
    id: int
    author: str
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Comment:
    id: int
    post_id: int
    author: str
    body: str
    created_at: datetime


@dataclass
class BlogStore:
    posts: dict[int, Post] = field(default_factory=dict)
    comments: dict[int, list[Comment]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def add_post(self, author: str, title: str, body: str) -> Post:
        now = datetime.now(UTC)
        post = Post(next(self._ids), author, title, body, now, now)
        self.posts[post.id] = post
        self.comments[post.id] = []
        return post

    def page_posts(self, limit: int, offset: int) -> tuple[list[Post], int]:
        """Newest first. Dicts keep insertion order, so reversing is enough."""
        ordered = list(reversed(self.posts.values()))
        return ordered[offset : offset + limit], len(ordered)

    def update_post(self, post: Post, title: str | None, body: str | None) -> Post:
        updated = replace(
            post,
            title=title if title is not None else post.title,
            body=body if body is not None else post.body,
            updated_at=datetime.now(UTC),
        )
        self.posts[post.id] = updated
        return updated

    def delete_post(self, post_id: int) -> None:
        self.posts.pop(post_id, None)
        self.comments.pop(post_id, None)

    def add_comment(self, post_id: int, author: str, body: str) -> Comment:
        comment = Comment(next(self._ids), post_id, author, body, datetime.now(UTC))
        self.comments[post_id].append(comment)
        return comment

    def page_comments(self, post_id: int, limit: int, offset: int) -> tuple[list[Comment], int]:
        """Oldest first, like a conversation."""
        thread = self.comments.get(post_id, [])
        return thread[offset : offset + limit], len(thread)


_store = BlogStore()


def get_store() -> BlogStore:
    """Dependency, so tests can swap in a fresh store."""
    return _store
