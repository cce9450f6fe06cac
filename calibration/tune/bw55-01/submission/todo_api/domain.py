"""Wire types. Inputs are strict: no coercion, no unknown keys."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Self
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from todo_api.store import TodoRecord, UserRecord

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class Input(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Output(BaseModel):
    model_config = ConfigDict(frozen=True)


class SignUp(Input):
    username: Username = Field(examples=["ferris"])
    password: Password = Field(examples=["correct horse battery staple"])


class UserView(Output):
    id: UUID
    username: str

    @classmethod
    def of(cls, user: UserRecord) -> Self:
        return cls(id=user.id, username=user.username)


class TokenView(Output):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Lifetime of the token in seconds")


class TodoCreate(Input):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoPatch(Input):
    """Partial update. Omitted fields are left alone; `description: null` clears it."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="after")
    def _reject_null_for_non_nullable(self) -> Self:
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"'{name}' may be omitted but must not be null")
        return self


class TodoView(Output):
    id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, todo: TodoRecord) -> Self:
        return cls(
            id=todo.id,
            title=todo.title,
            description=todo.description,
            done=todo.done,
            created_at=todo.created_at,
            updated_at=todo.updated_at,
        )


class TodoPage(Output):
    items: list[TodoView]
    total: int
    limit: int
    offset: int


class ErrorBody(Output):
    detail: str
