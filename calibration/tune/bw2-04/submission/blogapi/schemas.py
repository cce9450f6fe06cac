from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from typing import Annotated

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignUp(Strict):
    username: Annotated[
        str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
    ]
    password: str = Field(min_length=10, max_length=256)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(Strict):
    title: Title
    content: Body


class PostPatch(Strict):
    title: Title | None = None
    content: Body | None = None


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: str
    updated_at: str | None


class CommentIn(Strict):
    content: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created_at: str


class Page(BaseModel):
    limit: int
    offset: int
    total: int


class PostPage(Page):
    items: list[PostOut]


class CommentPage(Page):
    items: list[CommentOut]
