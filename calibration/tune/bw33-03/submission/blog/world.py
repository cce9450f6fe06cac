"""All state lives here. Everything is O(1) or O(page) per request.

Layout notes:
- dicts keep insertion order, so `posts` is already sorted by id (= by creation time)
  and "newest first" is just walking it backwards.
- comments are bucketed per post, so reading a page of comments never touches
  other posts' comments, and deleting a post drops its whole bucket in one go.
- comment_count is maintained incrementally instead of len()'ing on every read.

No locks: every mutation below runs without an await in the middle, so on the
event loop it is atomic.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import count, islice


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(slots=True)
class User:
    id: int
    username: str
    pw_hash: str


@dataclass(slots=True)
class Post:
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: datetime
    updated_at: datetime
    comment_count: int = 0


@dataclass(slots=True)
class Comment:
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: datetime


@dataclass(slots=True)
class World:
    users_by_id: dict[int, User] = field(default_factory=dict)
    users_by_name: dict[str, User] = field(default_factory=dict)
    posts: dict[int, Post] = field(default_factory=dict)
    comments: dict[int, list[Comment]] = field(default_factory=dict)
    _user_ids: Iterator[int] = field(default_factory=lambda: count(1))
    _post_ids: Iterator[int] = field(default_factory=lambda: count(1))
    _comment_ids: Iterator[int] = field(default_factory=lambda: count(1))

    def reset(self) -> None:
        self.users_by_id.clear()
        self.users_by_name.clear()
        self.posts.clear()
        self.comments.clear()
        self._user_ids = count(1)
        self._post_ids = count(1)
        self._comment_ids = count(1)

    # --- users -------------------------------------------------------------

    def find_user(self, username: str) -> User | None:
        return self.users_by_name.get(username.casefold())

    def add_user(self, username: str, pw_hash: str) -> User | None:
        key = username.casefold()
        if key in self.users_by_name:
            return None
        user = User(next(self._user_ids), username, pw_hash)
        self.users_by_id[user.id] = user
        self.users_by_name[key] = user
        return user

    # --- posts -------------------------------------------------------------

    def add_post(self, author: User, title: str, content: str) -> Post:
        ts = _now()
        post = Post(next(self._post_ids), author.id, author.username, title, content, ts, ts)
        self.posts[post.id] = post
        self.comments[post.id] = []
        return post

    def page_posts(self, limit: int, offset: int) -> list[Post]:
        # newest first; islice stops after offset+limit, never walks the rest
        return list(islice(reversed(self.posts.values()), offset, offset + limit))

    def edit_post(self, post: Post, title: str | None, content: str | None) -> Post:
        if title is not None:
            post.title = title
        if content is not None:
            post.content = content
        post.updated_at = _now()
        return post

    def delete_post(self, post: Post) -> None:
        del self.posts[post.id]
        del self.comments[post.id]

    # --- comments ----------------------------------------------------------

    def add_comment(self, post: Post, author: User, body: str) -> Comment:
        c = Comment(next(self._comment_ids), post.id, author.id, author.username, body, _now())
        self.comments[post.id].append(c)
        post.comment_count += 1
        return c

    def page_comments(self, post: Post, limit: int, offset: int) -> list[Comment]:
        return self.comments[post.id][offset : offset + limit]


world = World()
