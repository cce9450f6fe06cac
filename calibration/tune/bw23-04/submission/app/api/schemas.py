from pydantic import BaseModel, ConfigDict, Field

from app.domain import Comment, Post, User

Username = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Username
    # bcrypt only looks at the first 72 bytes; refuse longer rather than truncate silently.
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str

    @classmethod
    def of(cls, user: User) -> "UserOut":
        return cls(id=user.id, username=user.username)


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str

    @classmethod
    def of(cls, post: Post) -> "PostOut":
        return cls(id=post.id, title=post.title, content=post.content, author=post.author)


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: str = Field(min_length=1, max_length=2_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    body: str
    author: str

    @classmethod
    def of(cls, comment: Comment) -> "CommentOut":
        return cls(id=comment.id, post_id=comment.post_id, body=comment.body, author=comment.author)


class ErrorOut(BaseModel):
    detail: str
