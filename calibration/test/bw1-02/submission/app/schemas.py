from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime


class TodoCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class TodoUpdate(BaseModel):
    """Partial update: only the fields present in the body are changed."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None

    @field_validator("title", "done", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        # Omitting a field leaves it unchanged; sending an explicit null is an error.
        if value is None:
            raise ValueError("may be omitted, but not set to null")
        return value


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class TodoPage(BaseModel):
    items: list[TodoOut]
    limit: int
    offset: int
    total: int


class ErrorOut(BaseModel):
    detail: str
