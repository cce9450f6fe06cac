from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, Field, StringConstraints

T = TypeVar("T")

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class SignupRequest(BaseModel):
    username: Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9_]{3,32}$")]
    password: str = Field(min_length=8, max_length=128)


class UserPublic(BaseModel):
    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostCreate(BaseModel):
    title: Annotated[NonEmpty, StringConstraints(max_length=200)]
    content: Annotated[NonEmpty, StringConstraints(max_length=20_000)]


class PostPatch(BaseModel):
    title: Annotated[NonEmpty, StringConstraints(max_length=200)] | None = None
    content: Annotated[NonEmpty, StringConstraints(max_length=20_000)] | None = None


class PostPublic(BaseModel):
    id: int
    title: str
    content: str
    author: UserPublic
    created_at: str
    updated_at: str | None = None


class CommentCreate(BaseModel):
    body: Annotated[NonEmpty, StringConstraints(max_length=2_000)]


class CommentPublic(BaseModel):
    id: int
    post_id: int
    body: str
    author: UserPublic
    created_at: str


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    total: int
