from datetime import datetime
from typing import Generic, List, Optional, TypeVar

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class CamelModel(BaseModel):
    # the frontend uses camelCase so we send camelCase :)
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class ApiResponse(CamelModel, Generic[T]):
    success: bool = True
    message: Optional[str] = None
    data: Optional[T] = None


class UserCreate(CamelModel):
    username: str
    password: str


class AuthorOut(CamelModel):
    id: int
    username: str
    avatar_color: str
    initials: str


class PostCreate(CamelModel):
    title: str
    content: str


class CommentCreate(CamelModel):
    content: str


class CommentOut(CamelModel):
    id: int
    content: str
    created_at: datetime
    author: AuthorOut


class PostOut(CamelModel):
    id: int
    title: str
    content: str
    excerpt: str
    created_at: datetime
    updated_at: Optional[datetime] = None
    author: AuthorOut
    comment_count: int
    is_edited: bool


class PostDetail(PostOut):
    comments: List[CommentOut] = []


class TokenResponse(CamelModel):
    access_token: str
    token_type: str
    user: AuthorOut
