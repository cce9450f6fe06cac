"""
Pydantic models playing the role of DRF serializers.
"""
from datetime import datetime
from typing import Generic, List, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class UserSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class RegisterSerializer(BaseModel):
    username: str = Field(..., min_length=1, max_length=150)
    password: str = Field(..., min_length=8)


class TokenObtainSerializer(BaseModel):
    username: str
    password: str


class TokenSerializer(BaseModel):
    access: str
    token_type: str = "bearer"


class PostCreateSerializer(BaseModel):
    title: str = Field(..., max_length=200)
    content: str


class PostUpdateSerializer(BaseModel):
    title: Optional[str] = Field(None, max_length=200)
    content: Optional[str] = None


class PostListSerializer(BaseModel):
    id: int
    title: str
    excerpt: str
    author: UserSerializer
    comments_count: int
    created_at: datetime


class PostDetailSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author: UserSerializer
    created_at: datetime
    updated_at: datetime


class CommentCreateSerializer(BaseModel):
    body: str = Field(..., min_length=1)


class CommentSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    body: str
    author: UserSerializer
    created_at: datetime


class PaginatedResponse(BaseModel, Generic[T]):
    count: int
    next: Optional[str] = None
    previous: Optional[str] = None
    results: List[T]
