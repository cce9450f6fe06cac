from datetime import datetime

from pydantic import BaseModel, Field

# The database enforces the same limits with CHECK constraints (sql/schema.sql);
# these are here so bad input is rejected before a round trip and shows up in /docs.


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    # bcrypt only looks at the first 72 bytes
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20000)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: datetime
    updated_at: datetime


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    body: str
    created_at: datetime
