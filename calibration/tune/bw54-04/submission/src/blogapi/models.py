"""HTTP request/response models."""

from datetime import datetime
from typing import Annotated, Generic, Self, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from .records import CommentRecord, PostRecord, UserRecord
from .security import BCRYPT_MAX_BYTES


def _no_nul(value: str) -> str:
    # PostgreSQL text cannot hold U+0000; refuse it here instead of failing in the driver
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]
Title = Annotated[Text, Field(min_length=1, max_length=200)]
Content = Annotated[Text, Field(min_length=1, max_length=50_000)]


class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(BaseModel):
    detail: str


# -- users -------------------------------------------------------------------


class UserCreate(RequestModel):
    username: Annotated[str, Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")]
    password: Annotated[Text, Field(min_length=8, max_length=BCRYPT_MAX_BYTES)]

    @field_validator("password")
    @classmethod
    def _fits_bcrypt(cls, value: str) -> str:
        if len(value.encode()) > BCRYPT_MAX_BYTES:
            raise ValueError(f"must be at most {BCRYPT_MAX_BYTES} bytes when UTF-8 encoded")
        return value


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime

    @classmethod
    def from_record(cls, rec: UserRecord) -> Self:
        return cls(id=rec.id, username=rec.username, created_at=rec.created_at)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


# -- posts -------------------------------------------------------------------


class AuthorOut(BaseModel):
    id: int
    username: str


class PostCreate(RequestModel):
    title: Title
    content: Content


class PostUpdate(RequestModel):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _at_least_one_non_null(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("provide at least one of: title, content")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self

    def changes(self) -> dict[str, str]:
        return self.model_dump(exclude_unset=True)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    created_at: datetime
    updated_at: datetime | None

    @classmethod
    def from_record(cls, rec: PostRecord) -> Self:
        return cls(
            id=rec.id,
            title=rec.title,
            content=rec.content,
            author=AuthorOut(id=rec.author_id, username=rec.author_username),
            created_at=rec.created_at,
            updated_at=rec.updated_at,
        )


# -- comments ----------------------------------------------------------------


class CommentCreate(RequestModel):
    body: Annotated[Text, Field(min_length=1, max_length=5_000)]


class CommentOut(BaseModel):
    id: int
    post_id: int
    body: str
    author: AuthorOut
    created_at: datetime

    @classmethod
    def from_record(cls, rec: CommentRecord) -> Self:
        return cls(
            id=rec.id,
            post_id=rec.post_id,
            body=rec.body,
            author=AuthorOut(id=rec.author_id, username=rec.author_username),
            created_at=rec.created_at,
        )


# -- pagination --------------------------------------------------------------

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
