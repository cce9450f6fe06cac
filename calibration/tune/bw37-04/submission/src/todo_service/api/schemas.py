"""HTTP request/response models. Kept apart from the domain entities so the
wire format can evolve independently (and so no hash can ever be serialised)."""

from datetime import datetime
from typing import Annotated, Literal, Self
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..domain.models import Page, Todo, User

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[\w.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterRequest(_Request):
    username: Username
    password: Password


class UserResponse(BaseModel):
    id: UUID
    username: str
    created_at: datetime

    @classmethod
    def from_domain(cls, user: User) -> Self:
        return cls(id=user.id, username=user.username, created_at=user.created_at)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Lifetime in seconds")


class TodoCreate(_Request):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoUpdate(_Request):
    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("at least one field must be provided")
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class TodoResponse(BaseModel):
    id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_domain(cls, todo: Todo) -> Self:
        return cls(
            id=todo.id,
            title=todo.title,
            description=todo.description,
            done=todo.done,
            created_at=todo.created_at,
            updated_at=todo.updated_at,
        )


class TodoPage(BaseModel):
    items: list[TodoResponse]
    total: int
    limit: int
    offset: int

    @classmethod
    def from_domain(cls, page: Page[Todo]) -> Self:
        return cls(
            items=[TodoResponse.from_domain(t) for t in page.items],
            total=page.total,
            limit=page.limit,
            offset=page.offset,
        )


class ErrorResponse(BaseModel):
    detail: str
