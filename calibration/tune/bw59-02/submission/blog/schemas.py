"""Wire types.

Output types are named ``*Node`` because they form a graph: a PostNode embeds its
AuthorNode and its CommentNodes, each CommentNode embeds its AuthorNode.
"""

from datetime import datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]

NodeT = TypeVar("NodeT", bound=BaseModel)


# ---- inputs -------------------------------------------------------------------


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password


class PostCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    content: Content


class PostPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    content: Content | None = None


class CommentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: CommentBody


# ---- outputs ------------------------------------------------------------------


class AuthorNode(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class CommentNode(BaseModel):
    id: int
    post_id: int
    body: str
    created_at: datetime
    author: AuthorNode


class PostNode(BaseModel):
    id: int
    title: str
    content: str
    created_at: datetime
    updated_at: datetime | None
    author: AuthorNode
    comment_count: int
    comments: list[CommentNode]


class Page(BaseModel, Generic[NodeT]):
    items: list[NodeT]
    total: int
    limit: int
    offset: int


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class ErrorOut(BaseModel):
    detail: str
