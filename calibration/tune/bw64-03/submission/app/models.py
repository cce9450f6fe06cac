"""Rows (what the database gives us) and bodies (what HTTP gives us)."""

from datetime import datetime
from typing import Annotated, Literal, NamedTuple, NewType
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator

UserId = NewType("UserId", UUID)
TodoId = NewType("TodoId", UUID)


# --- rows -------------------------------------------------------------------


class UserRow(NamedTuple):
    id: UserId
    username: str
    password_hash: bytes


class TodoRow(NamedTuple):
    id: TodoId
    owner_id: UserId
    title: str
    description: str | None
    done: bool
    created_at: datetime


# --- bodies -----------------------------------------------------------------

Title = Annotated[str, Field(min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=4000)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SignupIn(Body):
    username: Annotated[str, Field(min_length=3, max_length=50, pattern=r"^[a-z0-9_]+$")]
    password: Annotated[str, Field(min_length=8, max_length=72)]

    @field_validator("password")
    @classmethod
    def _fits_bcrypt(cls, value: str) -> str:
        # bcrypt only looks at the first 72 *bytes*.
        if len(value.encode("utf-8")) > 72:
            raise ValueError("password must be at most 72 bytes in UTF-8")
        return value


class TodoIn(Body):
    title: Title
    description: Description | None = None
    done: bool = False


class UserOut(BaseModel):
    id: UUID
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class TodoOut(BaseModel):
    id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime

    @staticmethod
    def of(row: TodoRow) -> "TodoOut":
        return TodoOut(
            id=row.id,
            title=row.title,
            description=row.description,
            done=row.done,
            created_at=row.created_at,
        )


class TodoList(BaseModel):
    items: list[TodoOut]
    limit: int
    offset: int


class Problem(BaseModel):
    detail: str
