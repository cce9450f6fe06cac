"""Tables (SQLModel, table=True) and API schemas (SQLModel, plain pydantic)."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import ConfigDict, StringConstraints, field_validator
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------- tables


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=32)
    password_hash: str = Field(max_length=256)
    created_at: datetime = Field(default_factory=utcnow)


class Todo(SQLModel, table=True):
    __tablename__ = "todos"

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="users.id", index=True)
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """Append-only record of security-relevant and state-changing actions.

    Never contains passwords, tokens or todo contents; only who, what, when.
    """

    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    request_id: str = Field(max_length=64)
    actor_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=64)
    entity_id: int | None = None
    fields: str | None = Field(default=None, max_length=200)


# ---------------------------------------------------------------- schemas

Username = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{3,32}$")]
Password = Annotated[str, StringConstraints(min_length=12, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class StrictModel(SQLModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # type: ignore[assignment]


class SignupIn(StrictModel):
    username: Username
    password: Password


class UserOut(SQLModel):
    id: int
    username: str
    created_at: datetime


class TokenOut(SQLModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoCreate(StrictModel):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoUpdate(StrictModel):
    """PATCH body. Omitted fields are untouched; title and done may not be null."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @field_validator("title", "done", mode="after")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("may be omitted but not null")
        return value


class TodoOut(SQLModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(SQLModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class ErrorOut(SQLModel):
    detail: str
