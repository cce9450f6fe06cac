"""Domain records and errors. No framework imports here."""

from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    id: int
    username: str
    password_hash: str


@dataclass(frozen=True)
class Post:
    id: int
    title: str
    content: str
    author_id: int
    author: str


@dataclass(frozen=True)
class Comment:
    id: int
    post_id: int
    body: str
    author_id: int
    author: str


class DomainError(Exception):
    """Base class for errors the API layer translates into HTTP answers."""


class UsernameTaken(DomainError):
    pass


class InvalidCredentials(DomainError):
    pass


class PostNotFound(DomainError):
    pass


class NotPostAuthor(DomainError):
    pass
