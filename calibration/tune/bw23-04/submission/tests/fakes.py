"""Test doubles for the ports. In-memory, deterministic, fast."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from app.domain import Comment, Post, User, UsernameTaken


class InMemoryUsers:
    def __init__(self) -> None:
        self._by_id: dict[int, User] = {}

    def add(self, username: str, password_hash: str) -> User:
        if self.by_username(username) is not None:
            raise UsernameTaken(username)
        user = User(id=len(self._by_id) + 1, username=username, password_hash=password_hash)
        self._by_id[user.id] = user
        return user

    def by_username(self, username: str) -> User | None:
        return next((u for u in self._by_id.values() if u.username == username), None)

    def by_id(self, user_id: int) -> User | None:
        return self._by_id.get(user_id)


class InMemoryPosts:
    def __init__(self) -> None:
        self._posts: dict[int, Post] = {}
        self._next_id = 1
        self.removed: list[int] = []

    def add(self, author: User, title: str, content: str) -> Post:
        post = Post(id=self._next_id, title=title, content=content, author_id=author.id, author=author.username)
        self._posts[post.id] = post
        self._next_id += 1
        return post

    def get(self, post_id: int) -> Post | None:
        return self._posts.get(post_id)

    def page(self, limit: int, offset: int) -> list[Post]:
        newest_first = sorted(self._posts.values(), key=lambda p: p.id, reverse=True)
        return newest_first[offset : offset + limit]

    def update(self, post_id: int, title: str, content: str) -> Post:
        post = replace(self._posts[post_id], title=title, content=content)
        self._posts[post_id] = post
        return post

    def remove(self, post_id: int) -> None:
        del self._posts[post_id]
        self.removed.append(post_id)


class InMemoryComments:
    def __init__(self) -> None:
        self._comments: list[Comment] = []

    def add(self, post_id: int, author: User, body: str) -> Comment:
        comment = Comment(
            id=len(self._comments) + 1, post_id=post_id, body=body, author_id=author.id, author=author.username
        )
        self._comments.append(comment)
        return comment

    def page_for_post(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        return [c for c in self._comments if c.post_id == post_id][offset : offset + limit]


class PlainTextHasher:
    """Fast stand-in for bcrypt: the behaviour under test is the service, not the KDF."""

    def hash(self, password: str) -> str:
        return f"hashed:{password}"

    def verify(self, password: str, password_hash: str) -> bool:
        return password_hash == f"hashed:{password}"


class FixedClock:
    def __init__(self, at: datetime = datetime(2026, 1, 1, tzinfo=timezone.utc)) -> None:
        self._now = at

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta
