"""FastAPI application for the blog API.

Run with::

    uvicorn blogapi.app:app

Authentication uses opaque bearer tokens: ``POST /auth/token`` (OAuth2
password form) returns a random token which is stored server-side and must be
sent as ``Authorization: Bearer <token>`` on every write request.
"""

from __future__ import annotations

import sqlite3

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import __version__, db
from .models import (
    CommentCreate,
    CommentOut,
    ErrorResponse,
    PostCreate,
    PostOut,
    Token,
    UserCreate,
    UserOut,
)
from .security import hash_password, new_token, verify_password

__all__ = ["app", "get_db", "get_current_user"]

#: Default and maximum page size for list endpoints.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100

app = FastAPI(
    title="blogapi",
    version=__version__,
    description=(
        "A small multi-author blog. Anyone can read posts and comments; "
        "writing requires a bearer token from `POST /auth/token`."
    ),
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

_connection: sqlite3.Connection | None = None

_UNAUTHORIZED = {401: {"model": ErrorResponse, "description": "Missing or invalid token"}}
_NOT_FOUND = {404: {"model": ErrorResponse, "description": "Post not found"}}
_FORBIDDEN = {403: {"model": ErrorResponse, "description": "Not the author of the post"}}


# ---------------------------------------------------------------- dependencies


def get_db() -> sqlite3.Connection:
    """Return the process-wide database connection, opening it on first use.

    Returns
    -------
    sqlite3.Connection
        Shared connection (see :func:`blogapi.db.connect`).

    Notes
    -----
    Tests replace this dependency through ``app.dependency_overrides``.
    """
    global _connection
    if _connection is None:
        _connection = db.connect()
    return _connection


async def get_current_user(
    token: str = Depends(oauth2_scheme),
    conn: sqlite3.Connection = Depends(get_db),
) -> sqlite3.Row:
    """Resolve the bearer token of the request to a user.

    Parameters
    ----------
    token : str
        Token from the ``Authorization`` header.
    conn : sqlite3.Connection
        Database connection.

    Returns
    -------
    sqlite3.Row
        The user row (``id``, ``username``).

    Raises
    ------
    HTTPException
        401 if the token is unknown.
    """
    user = db.get_user_by_token(conn, token)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid authentication token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def _post_out(conn: sqlite3.Connection, row: sqlite3.Row) -> PostOut:
    """Convert a ``posts`` row into a :class:`PostOut`.

    Parameters
    ----------
    conn : sqlite3.Connection
        Database connection, used to look up the author and comment count.
    row : sqlite3.Row
        Row as returned by :func:`blogapi.db.get_post` or
        :func:`blogapi.db.list_posts`.

    Returns
    -------
    PostOut
        Response model.
    """
    return PostOut(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author=db.get_username(conn, row["author_id"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        n_comments=db.count_comments(conn, row["id"]),
    )


def _comment_out(conn: sqlite3.Connection, row: sqlite3.Row) -> CommentOut:
    """Convert a ``comments`` row into a :class:`CommentOut`.

    Parameters
    ----------
    conn : sqlite3.Connection
        Database connection, used to look up the author.
    row : sqlite3.Row
        Row as returned by :func:`blogapi.db.list_comments`.

    Returns
    -------
    CommentOut
        Response model.
    """
    return CommentOut(
        id=row["id"],
        post_id=row["post_id"],
        body=row["body"],
        author=db.get_username(conn, row["author_id"]),
        created_at=row["created_at"],
    )


def _get_post_or_404(conn: sqlite3.Connection, post_id: int) -> sqlite3.Row:
    """Fetch a post or raise a 404.

    Parameters
    ----------
    conn : sqlite3.Connection
        Database connection.
    post_id : int
        Primary key of the post.

    Returns
    -------
    sqlite3.Row
        The post row.

    Raises
    ------
    HTTPException
        404 if there is no such post.
    """
    row = db.get_post(conn, post_id)
    if row is None:
        raise HTTPException(status_code=404, detail=f"Post {post_id} not found")
    return row


# ---------------------------------------------------------------------- auth


@app.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    tags=["auth"],
    summary="Register a new user",
    responses={409: {"model": ErrorResponse, "description": "Username taken"}},
)
async def register(
    user: UserCreate, conn: sqlite3.Connection = Depends(get_db)
) -> UserOut:
    """Create an account.

    The password is stored as a salted PBKDF2 hash and never returned.
    """
    password_hash = hash_password(user.password)
    try:
        user_id = db.create_user(conn, user.username, password_hash)
    except sqlite3.IntegrityError:
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT,
            detail=f"Username {user.username!r} is already taken",
        ) from None
    return UserOut(id=user_id, username=user.username)


@app.post(
    "/auth/token",
    response_model=Token,
    tags=["auth"],
    summary="Log in",
    responses={401: {"model": ErrorResponse, "description": "Bad credentials"}},
)
async def login(
    form: OAuth2PasswordRequestForm = Depends(),
    conn: sqlite3.Connection = Depends(get_db),
) -> Token:
    """Exchange a username and password for an access token.

    Expects an ``application/x-www-form-urlencoded`` body with ``username``
    and ``password`` fields (the OAuth2 password flow).
    """
    user = db.get_user_by_username(conn, form.username)
    if user is None or not verify_password(form.password, user["password_hash"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = new_token()
    db.store_token(conn, token, user["id"])
    return Token(access_token=token)


# --------------------------------------------------------------------- posts


@app.get(
    "/posts",
    response_model=list[PostOut],
    tags=["posts"],
    summary="List posts, newest first",
)
async def list_posts(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    conn: sqlite3.Connection = Depends(get_db),
) -> list[PostOut]:
    """Return one page of posts."""
    rows = db.list_posts(conn, limit=limit, offset=offset)
    return [_post_out(conn, row) for row in rows]


@app.post(
    "/posts",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    tags=["posts"],
    summary="Publish a post",
    responses=_UNAUTHORIZED,
)
async def create_post(
    post: PostCreate,
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> PostOut:
    """Publish a new post as the logged-in user."""
    post_id = db.create_post(conn, user["id"], post.title, post.content)
    return _post_out(conn, _get_post_or_404(conn, post_id))


@app.get(
    "/posts/{post_id}",
    response_model=PostOut,
    tags=["posts"],
    summary="Read a post",
    responses=_NOT_FOUND,
)
async def read_post(
    post_id: int = Path(ge=1),
    conn: sqlite3.Connection = Depends(get_db),
) -> PostOut:
    """Return a single post."""
    return _post_out(conn, _get_post_or_404(conn, post_id))


@app.put(
    "/posts/{post_id}",
    response_model=PostOut,
    tags=["posts"],
    summary="Replace a post",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
async def replace_post(
    post: PostCreate,
    post_id: int = Path(ge=1),
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> PostOut:
    """Replace the title and content of a post. Only its author may do so."""
    row = _get_post_or_404(conn, post_id)
    if row["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Only the author can edit this post")
    db.update_post(conn, post_id, title=post.title, content=post.content)
    return _post_out(conn, _get_post_or_404(conn, post_id))


@app.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    tags=["posts"],
    summary="Delete a post",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
async def delete_post(
    post_id: int = Path(ge=1),
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> None:
    """Delete a post and its comments. Only its author may do so."""
    row = _get_post_or_404(conn, post_id)
    if row["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Only the author can delete this post")
    db.delete_post(conn, post_id)


# ------------------------------------------------------------------ comments


@app.post(
    "/posts/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    tags=["comments"],
    summary="Comment on a post",
    responses={**_UNAUTHORIZED, **_NOT_FOUND},
)
async def add_comment(
    comment: CommentCreate,
    post_id: int = Path(ge=1),
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> CommentOut:
    """Add a comment to an existing post."""
    _get_post_or_404(conn, post_id)
    comment_id = db.create_comment(conn, post_id, user["id"], comment.body)
    rows = conn.execute("SELECT * FROM comments WHERE id = ?", (comment_id,)).fetchall()
    return _comment_out(conn, rows[0])


@app.get(
    "/posts/{post_id}/comments",
    response_model=list[CommentOut],
    tags=["comments"],
    summary="List a post's comments",
    responses=_NOT_FOUND,
)
async def list_comments(
    post_id: int = Path(ge=1),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    conn: sqlite3.Connection = Depends(get_db),
) -> list[CommentOut]:
    """Return one page of comments on a post, oldest first."""
    _get_post_or_404(conn, post_id)
    rows = db.list_comments(conn, post_id, limit=limit, offset=offset)
    return [_comment_out(conn, row) for row in rows]
