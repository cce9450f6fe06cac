from pydantic import BaseModel, Field


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=30, pattern=r"^\w+$")
    password: str = Field(min_length=8, max_length=256)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)


class PostOut(BaseModel):
    id: int
    author_id: int
    title: str
    content: str
    created_at: str
    comment_count: int = 0


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    content: str
    created_at: str
