from datetime import datetime, timezone
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator


def _as_utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything we store is UTC.
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Password = Annotated[str, Field(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]
UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]

T = TypeVar("T")


class ErrorResponse(BaseModel):
    detail: str


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class PostCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    content: Body


class PostUpdate(BaseModel):
    """Partial update. Omitted fields are left unchanged; null is not a valid value."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    content: Body | None = None

    @model_validator(mode="after")
    def _reject_explicit_null(self) -> "PostUpdate":
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"'{name}' may be omitted but not null")
        return self


class PostRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author: UserRead
    created_at: UtcDatetime
    updated_at: UtcDatetime
    comment_count: int


class CommentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: CommentBody


class CommentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    author: UserRead
    content: str
    created_at: UtcDatetime


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
