from dataclasses import dataclass

from app.platform.events import Event


@dataclass(frozen=True)
class User:
    id: int
    username: str
    password_hash: str


@dataclass(frozen=True)
class Principal:
    """The authenticated caller, as seen by other services."""

    user_id: int
    username: str


@dataclass(frozen=True)
class UserRegistered(Event):
    user_id: int
    username: str
