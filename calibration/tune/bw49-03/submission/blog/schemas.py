from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from blog.models import Comment, Post


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: UserOut
    comment_count: int
    created_at: datetime
    updated_at: datetime | None

    @classmethod
    def from_post(cls, post: Post) -> "PostOut":
        return cls(
            id=post.id,
            title=post.title,
            content=post.body,
            author=UserOut.model_validate(post.author),
            comment_count=len(post.comments),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    content: str
    author: UserOut
    created_at: datetime

    @classmethod
    def from_comment(cls, comment: Comment) -> "CommentOut":
        return cls(
            id=comment.id,
            post_id=comment.post_id,
            content=comment.body,
            author=UserOut.model_validate(comment.author),
            created_at=comment.created_at,
        )
