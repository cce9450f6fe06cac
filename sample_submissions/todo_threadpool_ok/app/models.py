from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class TodoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    done: bool = False


class TodoPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    done: bool | None = None


class Todo(BaseModel):
    id: int
    title: str
    done: bool


class TodoPage(BaseModel):
    items: list[Todo]
    total: int
    limit: int
    offset: int


class Stats(BaseModel):
    total: int
    done: int
    open: int


class Reminder(BaseModel):
    todo_id: int
    sent: bool


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class ErrorOut(BaseModel):
    detail: str
