from typing import Generic, List, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class CamelModel(BaseModel):
    # the frontend expects camelCase
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class AuthBody(CamelModel):
    username: str = Field(min_length=3, max_length=30)
    password: str = Field(min_length=6)


class UserOut(CamelModel):
    id: int
    username: str
    created_at: str


class TokenOut(CamelModel):
    token: str
    user: UserOut


class PostCreate(CamelModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class AuthorOut(CamelModel):
    id: int
    username: str


class PostOut(CamelModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    comment_count: int = 0
    created_at: str
    updated_at: str


class CommentCreate(CamelModel):
    text: str = Field(min_length=1, max_length=2000)


class CommentOut(CamelModel):
    id: int
    post_id: int
    text: str
    author: AuthorOut
    created_at: str


class Meta(CamelModel):
    limit: int
    offset: int
    total: int


class ListResponse(CamelModel, Generic[T]):
    data: List[T]
    meta: Meta


class MessageOut(CamelModel):
    message: str
    details: Optional[dict] = None
