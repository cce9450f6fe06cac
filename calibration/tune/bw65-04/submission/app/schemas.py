from pydantic import BaseModel, Field


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=30)
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class Author(BaseModel):
    id: int
    username: str | None = None


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: Author
    comment_count: int = 0
    created_at: str
    updated_at: str | None = None


class PostList(BaseModel):
    items: list[PostOut]
    total: int
    limit: int
    offset: int


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=1000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    content: str
    author: Author
    created_at: str


class CommentList(BaseModel):
    items: list[CommentOut]
    total: int
    limit: int
    offset: int
