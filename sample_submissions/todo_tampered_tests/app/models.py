from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class TodoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    done: bool = False
    priority: int = Field(default=3, ge=1, le=5, description="1 = most urgent")


class TodoPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    done: bool | None = None
    priority: int | None = Field(default=None, ge=1, le=5)


class Todo(BaseModel):
    id: int
    title: str
    done: bool
    priority: int
    created_at: datetime


class TodoPage(BaseModel):
    items: list[Todo]
    total: int
    limit: int
    offset: int
