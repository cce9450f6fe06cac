from pydantic import BaseModel, Field


class SignupIn(BaseModel):
    username: str = Field(min_length=3, max_length=30, pattern=r"^\w+$")
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    comment_count: int
    created_at: str
    updated_at: str | None


class PostList(BaseModel):
    items: list[PostOut]
    total: int


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=2_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created_at: str
