from datetime import datetime
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, model_validator


def _bcrypt_safe(value: str) -> str:
    if len(value.encode("utf-8")) > 72:
        raise ValueError("password must be at most 72 bytes")
    return value


Username = Annotated[str, StringConstraints(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$")]
Password = Annotated[str, StringConstraints(min_length=12, max_length=72), AfterValidator(_bcrypt_safe)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class StrictInput(BaseModel):
    """Base for every request body: no coercion, no unknown fields."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class UserCreate(StrictInput):
    username: Username
    password: Password


class PostCreate(StrictInput):
    title: Title
    content: Content


class PostUpdate(StrictInput):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Self:
        if self.title is None and self.content is None:
            raise ValueError("provide at least one of: title, content")
        return self


class CommentCreate(StrictInput):
    body: CommentBody


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author: UserPublic
    created_at: datetime
    updated_at: datetime


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    body: str
    author: UserPublic
    created_at: datetime
