"""Pydantic models for request and response bodies.

Field limits follow the reference contract of the assignment.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

__all__ = [
    "ErrorResponse",
    "UserCreate",
    "UserOut",
    "Token",
    "PostCreate",
    "PostOut",
    "CommentCreate",
    "CommentOut",
]


class ErrorResponse(BaseModel):
    """Body of every non-validation error response.

    Attributes
    ----------
    detail : str
        Human-readable description of the problem.
    """

    detail: str


class UserCreate(BaseModel):
    """Sign-up request.

    Attributes
    ----------
    username : str
        3 to 32 characters from ``[A-Za-z0-9_.-]``.
    password : str
        8 to 128 characters.
    """

    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    """Public view of a user.

    Attributes
    ----------
    id : int
        Primary key.
    username : str
        User name.
    """

    id: int
    username: str


class Token(BaseModel):
    """Access token returned by the login endpoint.

    Attributes
    ----------
    access_token : str
        Opaque token to send as ``Authorization: Bearer <token>``.
    token_type : str
        Always ``'bearer'``.
    """

    access_token: str
    token_type: str = "bearer"


class PostCreate(BaseModel):
    """Body for creating or replacing a post.

    Attributes
    ----------
    title : str
        1 to 200 characters.
    content : str
        1 to 20 000 characters.
    """

    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostOut(PostCreate):
    """A post as returned by the API.

    Attributes
    ----------
    id : int
        Primary key.
    author : str
        User name of the author.
    created_at : datetime
        Creation time (UTC).
    updated_at : datetime or None
        Time of the last edit, ``None`` if never edited.
    n_comments : int
        Number of comments on the post.
    """

    id: int
    author: str
    created_at: datetime
    updated_at: datetime | None = None
    n_comments: int = 0


class CommentCreate(BaseModel):
    """Body for adding a comment.

    Attributes
    ----------
    body : str
        1 to 2000 characters.
    """

    body: str = Field(min_length=1, max_length=2000)


class CommentOut(CommentCreate):
    """A comment as returned by the API.

    Attributes
    ----------
    id : int
        Primary key.
    post_id : int
        Post the comment belongs to.
    author : str
        User name of the commenter.
    created_at : datetime
        Creation time (UTC).
    """

    id: int
    post_id: int
    author: str
    created_at: datetime
