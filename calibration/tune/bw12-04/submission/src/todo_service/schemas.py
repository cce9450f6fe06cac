"""Request and response bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    model_validator,
)

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]
Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]


class StrictModel(BaseModel):
    """Input models: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class UserCreate(StrictModel):
    username: Username
    password: Annotated[str, Field(min_length=8, max_length=256)]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime of the token in seconds")


class TodoCreate(StrictModel):
    title: Title
    description: Description | None = None
    done: StrictBool = False


class TodoUpdate(StrictModel):
    """Partial update. Omitted fields are left unchanged; `description` may be set to null."""

    title: Title | None = None
    description: Description | None = None
    done: StrictBool | None = None

    @model_validator(mode="before")
    @classmethod
    def reject_null_for_required_fields(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for field in ("title", "done"):
                if field in data and data[field] is None:
                    raise ValueError(f"{field} cannot be null")
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


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int = Field(description="Number of todos the user has in total")
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
