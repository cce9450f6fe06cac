from datetime import datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class CamelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class UserModel(CamelModel):
    id: int
    username: str
    password_hash: str
    created_at: datetime


class SignUpRequest(CamelModel):
    username: str
    password: str


class LoginRequest(CamelModel):
    username: str
    password: str


class TokenResponse(CamelModel):
    access_token: str
    token_type: str = "bearer"


class PostModel(CamelModel):
    id: int
    title: str
    content: str
    author_id: int
    author_name: str
    created_at: datetime
    updated_at: Optional[datetime] = None


class CreatePostRequest(CamelModel):
    title: str
    content: str


class CommentModel(CamelModel):
    id: int
    post_id: int
    author_id: int
    author_name: str
    text: str
    created_at: datetime


class CreateCommentRequest(CamelModel):
    text: str
