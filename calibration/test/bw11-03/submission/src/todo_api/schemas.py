"""Request and response bodies."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class Error(BaseModel):
    detail: str


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - not a secret


class TodoBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description = ""
    done: bool = False


class TodoCreate(TodoBase):
    """Body of ``POST /todos``."""


class TodoReplace(TodoBase):
    """Body of ``PUT /todos/{todo_id}``: the full representation replaces the stored one."""


class TodoPatch(BaseModel):
    """Body of ``PATCH /todos/{todo_id}``: only the fields that are sent are changed."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str
    done: bool


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int = Field(description="Number of todos the user owns, ignoring pagination.")
    limit: int
    offset: int
