"""Request params and JSON views.

Input models validate what comes in; the render functions decide exactly
what goes out. ORM objects never leave the web layer unrendered.
"""

from pydantic import BaseModel, ConfigDict, Field

from blog.schema import Comment, Post, User


class UserRegistration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=72)


class PostParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class CommentParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: str = Field(min_length=1, max_length=2_000)


class UserJSON(BaseModel):
    id: int
    username: str


class TokenJSON(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostJSON(BaseModel):
    id: int
    title: str
    content: str
    author: str


class CommentJSON(BaseModel):
    id: int
    post_id: int
    body: str
    author: str


class ErrorJSON(BaseModel):
    detail: str


def render_user(user: User) -> UserJSON:
    return UserJSON(id=user.id, username=user.username)


def render_post(post: Post) -> PostJSON:
    return PostJSON(id=post.id, title=post.title, content=post.content, author=post.author.username)


def render_comment(comment: Comment) -> CommentJSON:
    return CommentJSON(
        id=comment.id, post_id=comment.post_id, body=comment.body, author=comment.author.username
    )
