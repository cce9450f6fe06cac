from dataclasses import dataclass


@dataclass(slots=True)
class UserEntity:
    id: int
    username: str
    password_salt: bytes
    password_hash: bytes


@dataclass(slots=True)
class TodoEntity:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "done": self.done,
        }
