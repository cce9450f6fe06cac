from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class TodoBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=255)
    completed: bool = False


class TodoCreate(TodoBase):
    pass


class TodoUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=255)
    completed: bool | None = None


class Todo(TodoBase):
    id: int
