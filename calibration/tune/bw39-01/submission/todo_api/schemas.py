"""Request / response models.

Input models are strict (no silent coercion of "1" into True) and reject unknown fields.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]

_INPUT = ConfigDict(strict=True, extra="forbid", frozen=True)


class UserCreate(BaseModel):
    model_config = _INPUT

    username: Username
    password: Password


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    model_config = _INPUT

    title: Title
    description: Description | None = None
    done: bool = False


class TodoUpdate(BaseModel):
    """Partial update. Omitted fields are left alone; `description: null` clears it."""

    model_config = _INPUT

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def not_explicit_null(cls, value: str | bool | None) -> str | bool:
        # Only runs when the client actually sent the field; defaults are not validated.
        if value is None:
            raise ValueError("may be omitted but not null")
        return value


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
