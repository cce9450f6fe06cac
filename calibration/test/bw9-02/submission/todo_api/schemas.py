"""Pydantic models: the public shape of every request and response body."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

USERNAME_PATTERN = r"^[A-Za-z0-9_.-]+$"


class UserCreate(BaseModel):
    """Body of ``POST /auth/register``."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"username": "ada", "password": "analytical-engine"}]}
    )

    username: str = Field(min_length=3, max_length=32, pattern=USERNAME_PATTERN)
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    """A user as the API shows it. There is deliberately no password field."""

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    """Body of ``POST /todos``; also used by ``PUT``, which replaces the whole todo."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"title": "Mark exercise sheet 3", "description": "", "done": False}]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    done: bool = False


class TodoOut(TodoCreate):
    id: int


class Message(BaseModel):
    """Shape of every error the API raises itself (``{"detail": "..."}``)."""

    detail: str
