"""Request and response models.

Every body that crosses the HTTP boundary is one of these; handlers never see raw dicts.
"""

from datetime import datetime
from typing import Annotated, Any, Generic, Literal, NewType, Self, TypeAlias, TypeVar

from pydantic import BaseModel, ConfigDict, Field, SecretStr, StringConstraints, model_validator

UserId = NewType("UserId", int)
PostId = NewType("PostId", int)
CommentId = NewType("CommentId", int)

Username = Annotated[
    str,
    StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$"),
]
Password = Annotated[SecretStr, Field(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)
]

T = TypeVar("T", bound=BaseModel)

# Shape FastAPI expects for the ``responses=`` argument of a route.
Responses: TypeAlias = dict[int | str, dict[str, Any]]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Output(BaseModel):
    model_config = ConfigDict(frozen=True)


# --- accounts -----------------------------------------------------------------------------


class UserCreate(_Input):
    username: Username
    password: Password


class UserRead(_Output):
    id: UserId
    username: str
    created_at: datetime


class Token(_Output):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: Annotated[int, Field(description="Lifetime of the token in seconds.")]


class AuthorRef(_Output):
    id: UserId
    username: str


# --- posts --------------------------------------------------------------------------------


class PostCreate(_Input):
    title: Title
    content: Content


class PostUpdate(_Input):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _at_least_one_field(self) -> Self:
        if self.title is None and self.content is None:
            raise ValueError("provide at least one of 'title' or 'content'")
        return self


class PostRead(_Output):
    id: PostId
    title: str
    content: str
    author: AuthorRef
    comment_count: int
    created_at: datetime
    updated_at: datetime


# --- comments -----------------------------------------------------------------------------


class CommentCreate(_Input):
    body: CommentBody


class CommentRead(_Output):
    id: CommentId
    post_id: PostId
    body: str
    author: AuthorRef
    created_at: datetime


# --- shared -------------------------------------------------------------------------------


class Page(_Output, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorBody(_Output):
    detail: str
