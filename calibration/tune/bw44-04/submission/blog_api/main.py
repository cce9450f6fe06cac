"""
HTTP interface of the blog.

Authentication follows the OAuth2 "resource owner password" flow: a client
posts a username and password to ``/token`` (form-encoded, as required by
RFC 6749) and receives a bearer token, which it then sends in the
``Authorization`` header.

Authorisation rules
-------------------
* Reading posts and comments is public.
* Publishing a post or a comment requires a valid token.
* Only the author of a post may modify or delete it.

A note on ``def`` versus ``async def``
--------------------------------------
The handlers are ordinary functions because :mod:`sqlite3` and
:func:`hashlib.scrypt` are blocking. FastAPI executes such handlers in a
thread pool, so they do not stall the event loop.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import repository as repo
from .database import get_connection, init_db
from .schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    CommentCreate,
    CommentPublic,
    PostCreate,
    PostPublic,
    PostUpdate,
    Token,
    UserCreate,
    UserPublic,
)
from .security import create_access_token, decode_access_token, hash_password, verify_password

app = FastAPI(
    title="Blog API",
    version="0.1.0",
    description="A multi-author blog: accounts, posts and comments.",
)

# The API is meant to be consumed from a browser front-end whose origin is
# not yet known, hence the permissive policy.
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

init_db()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")

Connection = Annotated[sqlite3.Connection, Depends(get_connection)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Number of items to skip.")]


def get_current_user(
    conn: Connection, token: Annotated[str, Depends(oauth2_scheme)]
) -> dict[str, Any]:
    """
    Resolve the bearer token to a user.

    Raises
    ------
    HTTPException
        401 if the token is invalid, expired, or refers to a deleted user.
    """
    user_id = decode_access_token(token)
    user = repo.get_user_public(conn, user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[dict[str, Any], Depends(get_current_user)]


def _require_author(conn: sqlite3.Connection, post_id: int, user: dict[str, Any]) -> None:
    """
    Ensure that ``user`` wrote post ``post_id``.

    Raises
    ------
    HTTPException
        404 if the post does not exist, 403 if it belongs to someone else.
    """
    author_id = repo.get_post_author_id(conn, post_id)
    if author_id is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found.")
    if author_id != user["id"]:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post.")


# ------------------------------------------------------------------ accounts
@app.post("/users", response_model=UserPublic, status_code=status.HTTP_201_CREATED, tags=["accounts"])
def register(payload: UserCreate, conn: Connection) -> dict[str, Any]:
    """Create an account. Answers 409 if the username is taken."""
    user_id = repo.create_user(conn, payload.username, hash_password(payload.password))
    if user_id is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken.")
    return {"id": user_id, "username": payload.username}


@app.post("/token", response_model=Token, tags=["accounts"])
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Connection) -> Token:
    """Exchange a username and password for a bearer token."""
    row = repo.get_user_by_username(conn, form.username)
    if row is None or not verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(row["id"]))


# --------------------------------------------------------------------- posts
@app.get("/posts", response_model=list[PostPublic], tags=["posts"])
def list_posts(conn: Connection, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0) -> list[dict[str, Any]]:
    """List posts, most recent first."""
    return repo.list_posts(conn, limit, offset)


@app.post("/posts", response_model=PostPublic, status_code=status.HTTP_201_CREATED, tags=["posts"])
def create_post(payload: PostCreate, conn: Connection, user: CurrentUser) -> dict[str, Any]:
    """Publish a post as the authenticated user."""
    return repo.create_post(conn, user["id"], payload.title, payload.content)


@app.get("/posts/{post_id}", response_model=PostPublic, tags=["posts"])
def read_post(post_id: int, conn: Connection) -> dict[str, Any]:
    """Read one post."""
    post = repo.get_post(conn, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found.")
    return post


@app.patch("/posts/{post_id}", response_model=PostPublic, tags=["posts"])
def update_post(post_id: int, payload: PostUpdate, conn: Connection, user: CurrentUser) -> dict[str, Any]:
    """Edit the title and/or content of one's own post."""
    _require_author(conn, post_id, user)
    changes = {k: v for k, v in payload.model_dump().items() if v is not None}
    post = repo.update_post(conn, post_id, changes)
    assert post is not None
    return post


@app.delete("/posts/{post_id}", tags=["posts"])
def delete_post(post_id: int, conn: Connection, user: CurrentUser) -> dict[str, str]:
    """Delete one's own post together with its comments."""
    _require_author(conn, post_id, user)
    repo.delete_post(conn, post_id)
    return {"detail": "Post deleted."}


# ------------------------------------------------------------------ comments
@app.get("/posts/{post_id}/comments", response_model=list[CommentPublic], tags=["comments"])
def list_comments(post_id: int, conn: Connection, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0) -> list[dict[str, Any]]:
    """List the comments of a post, oldest first."""
    if repo.get_post_author_id(conn, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found.")
    return repo.list_comments(conn, post_id, limit, offset)


@app.post("/posts/{post_id}/comments", response_model=CommentPublic, tags=["comments"])
def create_comment(post_id: int, payload: CommentCreate, conn: Connection, user: CurrentUser) -> dict[str, Any]:
    """Comment on a post. Answers 404 if the post does not exist."""
    if repo.get_post_author_id(conn, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found.")
    return repo.create_comment(conn, post_id, user["id"], payload.content)
