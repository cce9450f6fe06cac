"""In-memory Repository used by the API tests (same contract as PgRepository)."""

import dataclasses
import itertools
from collections.abc import Mapping
from datetime import UTC, datetime

from blogapi.records import CommentRecord, PostRecord, UserRecord, UsernameTakenError
from blogapi.repository import UPDATABLE_POST_COLUMNS


def _now() -> datetime:
    return datetime.now(UTC)


class InMemoryRepository:
    def __init__(self) -> None:
        self.users: dict[int, UserRecord] = {}
        self.posts: dict[int, PostRecord] = {}
        self.comments: dict[int, CommentRecord] = {}
        self._ids = itertools.count(1)

    async def ping(self) -> None:
        return None

    async def create_user(self, username: str, password_hash: str) -> UserRecord:
        if any(u.username == username for u in self.users.values()):
            raise UsernameTakenError(username)
        user = UserRecord(next(self._ids), username, password_hash, _now())
        self.users[user.id] = user
        return user

    async def get_user(self, user_id: int) -> UserRecord | None:
        return self.users.get(user_id)

    async def get_user_by_username(self, username: str) -> UserRecord | None:
        return next((u for u in self.users.values() if u.username == username), None)

    async def list_posts(self, limit: int, offset: int) -> tuple[list[PostRecord], int]:
        ordered = sorted(self.posts.values(), key=lambda p: (p.created_at, p.id), reverse=True)
        return ordered[offset : offset + limit], len(ordered)

    async def get_post(self, post_id: int) -> PostRecord | None:
        return self.posts.get(post_id)

    async def create_post(self, author_id: int, title: str, content: str) -> PostRecord:
        author = self.users[author_id]
        post = PostRecord(next(self._ids), title, content, author.id, author.username, _now(), None)
        self.posts[post.id] = post
        return post

    async def update_post(self, post_id: int, changes: Mapping[str, str]) -> PostRecord | None:
        post = self.posts.get(post_id)
        if post is None:
            return None
        allowed = {k: v for k, v in changes.items() if k in UPDATABLE_POST_COLUMNS}
        post = dataclasses.replace(post, **allowed, updated_at=_now())
        self.posts[post_id] = post
        return post

    async def delete_post(self, post_id: int) -> bool:
        if self.posts.pop(post_id, None) is None:
            return False
        self.comments = {k: c for k, c in self.comments.items() if c.post_id != post_id}
        return True

    async def list_comments(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[list[CommentRecord], int]:
        ordered = sorted(
            (c for c in self.comments.values() if c.post_id == post_id),
            key=lambda c: (c.created_at, c.id),
        )
        return ordered[offset : offset + limit], len(ordered)

    async def create_comment(self, post_id: int, author_id: int, body: str) -> CommentRecord | None:
        if post_id not in self.posts:
            return None
        author = self.users[author_id]
        comment = CommentRecord(next(self._ids), post_id, body, author.id, author.username, _now())
        self.comments[comment.id] = comment
        return comment
