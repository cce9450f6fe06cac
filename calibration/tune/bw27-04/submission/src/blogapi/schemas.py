from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

T = TypeVar("T")

Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=50,
                                            pattern=r"^[a-zA-Z0-9_]+$")]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class SignUp(BaseModel):
    username: Username
    password: str = Field(min_length=8, max_length=256)


class UserOut(ORMModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: Title
    content: Body


class PostPatch(BaseModel):
    title: Title | None = None
    content: Body | None = None


class PostOut(ORMModel):
    id: int
    title: str
    content: str
    author: UserOut
    created_at: datetime
    updated_at: datetime | None


class PostSummary(PostOut):
    comment_count: int


class CommentIn(BaseModel):
    body: Body


class CommentOut(ORMModel):
    id: int
    post_id: int
    body: str
    author: UserOut
    created_at: datetime


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
