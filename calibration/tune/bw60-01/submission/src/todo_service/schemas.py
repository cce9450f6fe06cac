from datetime import datetime
from typing import Annotated, Self
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class ErrorMessage(BaseModel):
    detail: str


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=72)


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoUpdate(BaseModel):
    """Partial update: absent fields are left alone, but title/done cannot be set to null."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="after")
    def reject_explicit_nulls(self) -> Self:
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"'{name}' may be omitted but not set to null")
        return self


class TodoRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(BaseModel):
    items: list[TodoRead]
    total: int
    limit: int
    offset: int
