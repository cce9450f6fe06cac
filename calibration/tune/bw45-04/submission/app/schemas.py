from datetime import datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


# ---------- users ----------

class UserCreate(BaseModel):
    username: str = Field(..., min_length=3, max_length=50)
    password: str = Field(..., min_length=8, max_length=72)
    bio: Optional[str] = Field(None, max_length=500)


class UserUpdate(BaseModel):
    bio: Optional[str] = Field(None, max_length=500)


class UserOut(BaseModel):
    id: int
    username: str
    bio: Optional[str] = None
    created_at: datetime

    model_config = ConfigDict(from_attributes=True)


# ---------- auth ----------

class Token(BaseModel):
    access_token: str
    token_type: str


class TokenData(BaseModel):
    id: Optional[int] = None


# ---------- posts ----------

class PostBase(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    content: str = Field(..., min_length=1)


class PostCreate(PostBase):
    pass


class PostUpdate(BaseModel):
    title: Optional[str] = Field(None, min_length=1, max_length=200)
    content: Optional[str] = Field(None, min_length=1)


class PostOut(PostBase):
    id: int
    owner_id: int
    created_at: datetime
    updated_at: Optional[datetime] = None
    owner: UserOut

    model_config = ConfigDict(from_attributes=True)


class PostWithStats(BaseModel):
    Post: PostOut
    comments_count: int


# ---------- comments ----------

class CommentBase(BaseModel):
    content: str = Field(..., min_length=1, max_length=2000)


class CommentCreate(CommentBase):
    pass


class CommentUpdate(CommentBase):
    pass


class CommentOut(CommentBase):
    id: int
    post_id: int
    owner_id: int
    created_at: datetime
    updated_at: Optional[datetime] = None
    owner: UserOut

    model_config = ConfigDict(from_attributes=True)


class UserProfile(UserOut):
    posts: list[PostOut] = []
