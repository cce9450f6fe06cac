from dataclasses import dataclass


@dataclass(slots=True)
class UserEntity:
    id: int
    username: str
    password_hash: str


@dataclass(slots=True)
class TodoEntity:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
