"""Domain types. Nothing in here knows about HTTP or SQL."""

from dataclasses import dataclass
from enum import Enum, auto
from typing import NewType

UserId = NewType("UserId", int)
TodoId = NewType("TodoId", int)
Username = NewType("Username", str)
PasswordHash = NewType("PasswordHash", str)


class Password:
    """A plaintext password that will not end up in a log line or a traceback."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def expose(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Password(***)"

    __str__ = __repr__


@dataclass(frozen=True)
class User:
    id: UserId
    username: Username
    password_hash: PasswordHash


@dataclass(frozen=True)
class TodoFields:
    """Everything about a todo that a client is allowed to set."""

    title: str
    description: str
    done: bool


@dataclass(frozen=True)
class Todo:
    id: TodoId
    owner_id: UserId
    title: str
    description: str
    done: bool


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


class RegisterError(Enum):
    USERNAME_TAKEN = auto()


class LoginError(Enum):
    INVALID_CREDENTIALS = auto()


class TokenError(Enum):
    MALFORMED = auto()
    EXPIRED = auto()
    UNKNOWN_USER = auto()


class TodoError(Enum):
    NOT_FOUND = auto()
