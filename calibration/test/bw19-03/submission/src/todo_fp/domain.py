"""Domain values. Everything here is immutable and free of I/O."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, Literal, NewType, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

UserId = NewType("UserId", int)
TodoId = NewType("TodoId", int)

T = TypeVar("T")

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^\w+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=256)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ---------------------------------------------------------------- users


class Credentials(Frozen):
    username: Username
    password: Password


class User(Frozen):
    """Internal only: never used as a response model."""

    id: UserId
    username: str
    password_hash: str


class UserView(Frozen):
    id: UserId
    username: str


class TokenView(Frozen):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int


# ---------------------------------------------------------------- todos


class NewTodo(Frozen):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoPatch(Frozen):
    """Partial update. Omitted fields are kept; `description` may be cleared with null."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="after")
    def _required_fields_are_not_nullable(self) -> TodoPatch:
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"'{name}' may be omitted but not set to null")
        return self


class Todo(Frozen):
    id: TodoId
    owner_id: UserId
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoView(Frozen):
    id: TodoId
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class PageParams(Frozen):
    limit: int
    offset: int


class Page(Frozen, Generic[T]):
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


# ---------------------------------------------------------------- pure functions


def apply_patch(todo: Todo, patch: TodoPatch, now: datetime) -> Todo:
    """Return a new Todo with the patch applied; the input is left untouched."""
    changes = patch.model_dump(exclude_unset=True)
    return todo.model_copy(update={**changes, "updated_at": now})


def to_view(todo: Todo) -> TodoView:
    return TodoView.model_validate(todo.model_dump(exclude={"owner_id"}))


def user_view(user: User) -> UserView:
    return UserView(id=user.id, username=user.username)
