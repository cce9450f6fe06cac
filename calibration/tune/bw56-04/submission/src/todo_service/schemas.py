"""Request and response bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    StrictBool,
    StringConstraints,
    field_validator,
    model_validator,
)


def _no_nul(value: str) -> str:
    # PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the driver.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_no_nul)
]
Description = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_no_nul)]
Username = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[A-Za-z0-9_]{3,32}$")
]
Password = Annotated[str, StringConstraints(min_length=12, max_length=256)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterRequest(_Input):
    username: Username
    password: Password


class UserPublic(BaseModel):
    id: UUID
    username: str
    created_at: datetime


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int


class TodoCreate(_Input):
    title: Title
    description: Description | None = None
    done: StrictBool = False


class TodoUpdate(_Input):
    """Partial update. Omitted fields are left alone; `description` may be cleared with null."""

    title: Title | None = None
    description: Description | None = None
    done: StrictBool | None = None

    @field_validator("title", "done", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("may be omitted but not set to null")
        return value

    @model_validator(mode="after")
    def _at_least_one_field(self) -> TodoUpdate:
        if not self.model_fields_set:
            raise ValueError("provide at least one of title, description, done")
        return self


class Todo(BaseModel):
    id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(BaseModel):
    items: list[Todo]
    total: int
    limit: int
    offset: int


class ErrorResponse(BaseModel):
    detail: str
