"""Request and response models.

Every model carries an example so that the interactive documentation at
``/docs`` is directly usable ("Try it out" is pre-filled).
"""

from datetime import datetime
from typing import List, Optional

from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):
    """Payload for ``POST /auth/signup``."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"username": "ada", "password": "correct-horse-battery"}]}
    )

    username: str = Field(
        min_length=3,
        max_length=40,
        pattern=r"^[a-zA-Z0-9_.-]+$",
        description="Unique login name. Letters, digits, `_`, `.` and `-`.",
    )
    password: str = Field(
        min_length=8,
        max_length=72,
        description="Plain-text password, 8 to 72 characters (bcrypt limit).",
    )


class UserRead(BaseModel):
    """Public representation of a user. Never contains the password hash."""

    id: int = Field(description="User id.", examples=[1])
    username: str = Field(description="Login name.", examples=["ada"])
    created_at: datetime = Field(description="Account creation time (UTC).")


class Token(BaseModel):
    """OAuth2 token response (RFC 6749, section 5.1)."""

    access_token: str = Field(description="JWT to send as `Authorization: Bearer <token>`.")
    token_type: str = Field(default="bearer", description="Always `bearer`.")
    expires_in: int = Field(description="Lifetime of the token in seconds.", examples=[1800])


class TodoCreate(BaseModel):
    """Payload for ``POST /todos``."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"title": "Write ADRs", "description": "Before Friday", "done": False}]
        }
    )

    title: str = Field(min_length=1, max_length=200, description="Short summary. Required.")
    description: Optional[str] = Field(
        default=None, max_length=5000, description="Optional free text."
    )
    done: bool = Field(default=False, description="Completion flag.")


class TodoUpdate(BaseModel):
    """Payload for ``PATCH /todos/{todo_id}``.

    All fields are optional; only the fields present in the request body are
    changed. Sending ``"description": null`` clears the description.
    """

    model_config = ConfigDict(json_schema_extra={"examples": [{"done": True}]})

    title: Optional[str] = Field(default=None, min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=5000)
    done: Optional[bool] = None


class TodoRead(BaseModel):
    """A todo as returned by the API."""

    id: int = Field(description="Todo id.", examples=[42])
    title: str
    description: Optional[str]
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(BaseModel):
    """One page of todos plus the information needed to fetch the next one."""

    items: List[TodoRead] = Field(description="Todos on this page, oldest first.")
    total: int = Field(description="Number of todos the user owns in total.")
    limit: int = Field(description="Page size that was applied.")
    offset: int = Field(description="Offset that was applied.")


class ErrorResponse(BaseModel):
    """Shape of every non-validation error body (FastAPI's default)."""

    detail: str = Field(examples=["Todo not found"])
