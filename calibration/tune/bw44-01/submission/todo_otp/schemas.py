from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

USERNAME_RE = r"^[a-z0-9_]{3,32}$"


class SignupIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(pattern=USERNAME_RE, examples=["alice"])
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)


class TodoPatch(BaseModel):
    """All fields optional. title/done may be left out but not sent as null."""
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None

    @field_validator("title", "done", mode="before")
    @classmethod
    def _no_null(cls, v: Any) -> Any:
        if v is None:
            raise ValueError("may be omitted but must not be null")
        return v


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    title: str
    description: str | None
    done: bool


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
