"""Request and response bodies."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from todoapi.auth import BCRYPT_MAX_BYTES

# Inputs are strict: "done": "yes" or "title": 5 is a 422, not a silent coercion.
_STRICT_INPUT = ConfigDict(strict=True, extra="forbid")


class ErrorResponse(BaseModel):
    detail: str


class SignupRequest(BaseModel):
    model_config = _STRICT_INPUT

    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=BCRYPT_MAX_BYTES)

    @field_validator("password")
    @classmethod
    def password_fits_bcrypt(cls, value: str) -> str:
        if len(value.encode("utf-8")) > BCRYPT_MAX_BYTES:
            raise ValueError(f"password must be at most {BCRYPT_MAX_BYTES} bytes in UTF-8")
        return value


class UserResponse(BaseModel):
    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoCreate(BaseModel):
    model_config = _STRICT_INPUT

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class TodoUpdate(BaseModel):
    """All fields optional. Only the fields present in the body are changed."""

    model_config = _STRICT_INPUT

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def not_null(cls, value: object) -> object:
        # Runs only for values the client actually sent. description may be
        # cleared with null; title and done may not.
        if value is None:
            raise ValueError("must not be null")
        return value


class TodoResponse(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(BaseModel):
    items: list[TodoResponse]
    total: int
    limit: int
    offset: int
