from datetime import datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator


class TodoCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=2000)
    done: bool = False


class TodoUpdate(BaseModel):
    title: Optional[str] = Field(default=None, min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=2000)
    done: Optional[bool] = None

    @field_validator("title", "done")
    @classmethod
    def not_null(cls, v):
        if v is None:
            raise ValueError("This field may not be null.")
        return v


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: Optional[str]
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoList(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class TodoStats(BaseModel):
    total: int
    done: int
    pending: int
