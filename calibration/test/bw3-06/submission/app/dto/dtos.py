from datetime import datetime
from typing import Optional

from pydantic import BaseModel, Field


class UserRegisterDTO(BaseModel):
    username: str = Field(..., min_length=3, max_length=50)
    password: str = Field(..., min_length=8, max_length=72)


class UserDTO(BaseModel):
    id: int
    username: str


class TokenDTO(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostRequestDTO(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    content: str = Field(..., min_length=1)


class PostResponseDTO(BaseModel):
    id: int
    title: str
    content: str
    author: UserDTO
    comment_count: int
    created_at: Optional[datetime] = None


class CommentRequestDTO(BaseModel):
    content: str = Field(..., min_length=1, max_length=2000)


class CommentResponseDTO(BaseModel):
    id: int
    post_id: int
    content: str
    author: UserDTO
    created_at: Optional[datetime] = None


class ErrorDTO(BaseModel):
    detail: str
