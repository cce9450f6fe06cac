"""Database tables and the request/response schemas built on them.

Following the SQLModel pattern, each resource has a *Base* class with the
shared fields, a *table* class, and separate classes for what the API
accepts (Create/Update) and returns (Read).
"""

import re
from datetime import datetime, timezone

from pydantic import field_validator
from sqlmodel import Field, SQLModel

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.-]+$")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


# --- Users -------------------------------------------------------------------


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True)
    hashed_password: str
    created_at: datetime = Field(default_factory=utc_now)


class UserCreate(SQLModel):
    """What a client sends to register."""

    username: str = Field(
        min_length=3,
        max_length=32,
        description="3-32 characters: letters, digits, `_`, `.` or `-`.",
    )
    password: str = Field(
        min_length=8, max_length=128, description="8-128 characters."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [{"username": "ada", "password": "correct-horse-battery"}]
        }
    }

    @field_validator("username")
    @classmethod
    def username_characters(cls, value: str) -> str:
        if not USERNAME_PATTERN.match(value):
            raise ValueError("may only contain letters, digits, '_', '.' and '-'")
        return value


class UserRead(SQLModel):
    """A user as returned by the API. The password hash is never included."""

    id: int
    username: str


class Token(SQLModel):
    """An access token, as returned by `POST /auth/token`."""

    access_token: str = Field(description="A JWT to send as `Authorization: Bearer <token>`.")
    token_type: str = Field(default="bearer", description="Always `bearer`.")


# --- Todos -------------------------------------------------------------------


class TodoBase(SQLModel):
    title: str = Field(min_length=1, max_length=200, description="Short summary of the task.")
    description: str | None = Field(
        default=None, max_length=2000, description="Optional details."
    )
    done: bool = Field(default=False, description="Whether the task is finished.")


class Todo(TodoBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utc_now)


class TodoCreate(TodoBase):
    """What a client sends to create a todo."""

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"title": "Water the plants", "description": "Balcony only", "done": False}
            ]
        }
    }


class TodoUpdate(SQLModel):
    """What a client sends to change a todo. Every field is optional."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None

    model_config = {"json_schema_extra": {"examples": [{"done": True}]}}


class TodoRead(TodoBase):
    """A todo as returned by the API."""

    id: int
    created_at: datetime


class TodoStats(SQLModel):
    """Counts of the current user's todos."""

    total: int
    done: int
    open: int


class Message(SQLModel):
    """Error body used by every non-validation error."""

    detail: str
