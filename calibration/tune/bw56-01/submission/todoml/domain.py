from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Title = Annotated[str, Field(min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=2000)]
Username = Annotated[str, Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")]
Password = Annotated[str, Field(min_length=8, max_length=128)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


# ---- requests ---------------------------------------------------------------


class SignUp(_Input):
    username: Username
    password: Password


class TodoIn(_Input):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoPatch(_Input):
    """Every field is optional; `None` for title/done means "leave unchanged"."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None


# ---- responses --------------------------------------------------------------


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Todo(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class TodoPage(BaseModel):
    items: list[Todo]
    total: int
    limit: int
    offset: int


# ---- errors -----------------------------------------------------------------


class TodoNotFound(BaseModel):
    kind: Literal["todo_not_found"] = "todo_not_found"
    todo_id: int


class UsernameTaken(BaseModel):
    kind: Literal["username_taken"] = "username_taken"
    username: str


class BadCredentials(BaseModel):
    kind: Literal["bad_credentials"] = "bad_credentials"


DomainError = Annotated[
    Union[TodoNotFound, UsernameTaken, BadCredentials],
    Field(discriminator="kind"),
]


class ErrorEnvelope(BaseModel):
    detail: DomainError
