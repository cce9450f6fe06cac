from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignupIn(_Input):
    username: Username
    password: Password


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime of the token in seconds")


class TodoCreate(_Input):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoUpdate(_Input):
    """Partial update. Omitted fields are left unchanged.

    `description` may be set to null to clear it; `title` and `done` may not be null.
    """

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="before")
    @classmethod
    def _reject_null_for_required(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("title", "done"):
                if key in data and data[key] is None:
                    raise ValueError(f"'{key}' cannot be null")
        return data

    def changes(self) -> dict[str, object]:
        return self.model_dump(exclude_unset=True)


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
