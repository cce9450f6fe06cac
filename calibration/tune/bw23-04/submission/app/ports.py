"""The seams the services depend on. Tests provide fakes; adapters/ the real thing."""

from datetime import datetime
from typing import Protocol

from app.domain import Comment, Post, User


class Users(Protocol):
    def add(self, username: str, password_hash: str) -> User:
        """Raises UsernameTaken if the name exists."""
        ...

    def by_username(self, username: str) -> User | None: ...

    def by_id(self, user_id: int) -> User | None: ...


class Posts(Protocol):
    def add(self, author: User, title: str, content: str) -> Post: ...

    def get(self, post_id: int) -> Post | None: ...

    def page(self, limit: int, offset: int) -> list[Post]: ...

    def update(self, post_id: int, title: str, content: str) -> Post: ...

    def remove(self, post_id: int) -> None:
        """Removes the post and its comments."""
        ...


class Comments(Protocol):
    def add(self, post_id: int, author: User, body: str) -> Comment: ...

    def page_for_post(self, post_id: int, limit: int, offset: int) -> list[Comment]: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password: str, password_hash: str) -> bool: ...


class Clock(Protocol):
    def now(self) -> datetime: ...
