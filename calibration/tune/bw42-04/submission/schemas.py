from typing import List, Optional

from pydantic import BaseModel


class UserRequest(BaseModel):
    username: str
    password: str


class UserResponse(BaseModel):
    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str


class PostRequest(BaseModel):
    title: str
    content: str


class PostResponse(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: str
    word_count: int
    reading_time_min: float
    n_comments: Optional[int] = None


class CommentRequest(BaseModel):
    text: str


class CommentResponse(BaseModel):
    id: int
    post_id: int
    author: str
    text: str
    created_at: str


class PostListResponse(BaseModel):
    count: int
    posts: List[PostResponse]
