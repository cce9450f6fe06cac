"""In-memory storage. Everything is lost when the server restarts!"""

from dataclasses import dataclass, field
from datetime import datetime, timezone


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class User:
    id: int
    username: str
    password_hash: bytes


@dataclass
class Post:
    id: int
    title: str
    content: str
    author: str
    created_at: datetime = field(default_factory=now)
    updated_at: datetime | None = None


@dataclass
class Comment:
    id: int
    post_id: int
    content: str
    author: str
    created_at: datetime = field(default_factory=now)


class UsernameTaken(Exception):
    pass


class Store:
    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        self.posts: dict[int, Post] = {}
        # comments are kept per post so listing them doesn't scan every comment
        self.comments: dict[int, list[Comment]] = {}
        self.tokens: dict[str, tuple[str, datetime]] = {}  # token -> (username, expires_at)
        self._next_user_id = 1
        self._next_post_id = 1
        self._next_comment_id = 1

    # users
    def add_user(self, username: str, password_hash: bytes) -> User:
        if username in self.users:
            raise UsernameTaken(username)
        user = User(id=self._next_user_id, username=username, password_hash=password_hash)
        self._next_user_id += 1
        self.users[username] = user
        return user

    def get_user(self, username: str) -> User | None:
        return self.users.get(username)

    # posts
    def add_post(self, title: str, content: str, author: str) -> Post:
        post = Post(id=self._next_post_id, title=title, content=content, author=author)
        self._next_post_id += 1
        self.posts[post.id] = post
        self.comments[post.id] = []
        return post

    def list_posts(self, limit: int, offset: int) -> list[Post]:
        # newest first; dicts keep insertion order so reversing gives newest first
        ids = list(reversed(self.posts))[offset : offset + limit]
        return [self.posts[i] for i in ids]

    def delete_post(self, post_id: int) -> None:
        del self.posts[post_id]
        del self.comments[post_id]

    # comments
    def add_comment(self, post_id: int, content: str, author: str) -> Comment:
        comment = Comment(id=self._next_comment_id, post_id=post_id, content=content, author=author)
        self._next_comment_id += 1
        self.comments[post_id].append(comment)
        return comment

    def list_comments(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        return self.comments[post_id][offset : offset + limit]


db = Store()
