from typing import Annotated, Literal

from pydantic import BaseModel, Field

# SQLite integers are signed 64-bit; anything larger can't be a row id or an offset,
# and would otherwise blow up inside the driver.
SQLITE_MAX_INT = 2**63 - 1


class Credentials(BaseModel):
    username: Annotated[str, Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")]
    password: Annotated[str, Field(min_length=8, max_length=128)]


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class PostIn(BaseModel):
    title: Annotated[str, Field(min_length=1, max_length=200)]
    content: Annotated[str, Field(min_length=1, max_length=20_000)]


class PostOut(PostIn):
    id: int
    author: str


class CommentIn(BaseModel):
    body: Annotated[str, Field(min_length=1, max_length=2_000)]


class CommentOut(CommentIn):
    id: int
    post_id: int
    author: str


class Page(BaseModel):
    limit: int = Field(20, ge=1, le=100, description="Page size, 1..100")
    offset: int = Field(0, ge=0, le=SQLITE_MAX_INT, description="Records to skip")


class Error(BaseModel):
    detail: str
