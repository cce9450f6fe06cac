import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from blog import schemas
from blog.config import Settings, get_settings
from blog.db import get_db, init_db
from blog.security import create_access_token, get_current_user, hash_password, verify_password

# Note: endpoints are plain `def` on purpose. sqlite3 and bcrypt are blocking, and FastAPI
# runs sync endpoints in its threadpool, so nothing here blocks the event loop.

DB = Annotated[sqlite3.Connection, Depends(get_db)]
CurrentUser = Annotated[sqlite3.Row, Depends(get_current_user)]
Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1-100")]
Offset = Annotated[int, Query(ge=0, description="Number of items to skip")]

# column lists live in one place so every post/comment query returns the same shape
POST_COLUMNS = "p.id, p.title, p.content, p.author_id, u.username AS author, p.created_at, p.updated_at"
COMMENT_COLUMNS = "c.id, c.post_id, c.author_id, u.username AS author, c.body, c.created_at"

UNAUTHORIZED = {401: {"description": "Missing or invalid bearer token"}}
NOT_FOUND = {404: {"description": "Post not found"}}
FORBIDDEN = {403: {"description": "Not the author of this post"}}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    init_db(get_settings().db_path)
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog. Auth: OAuth2 password flow, JWT bearer token.",
    lifespan=lifespan,
)


# ---------- helpers ----------

def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat()


def fetch_post(db: sqlite3.Connection, post_id: int) -> sqlite3.Row | None:
    return db.execute(
        f"SELECT {POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = ?",
        (post_id,),
    ).fetchone()


def fetch_comment(db: sqlite3.Connection, comment_id: int) -> sqlite3.Row | None:
    return db.execute(
        f"SELECT {COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?",
        (comment_id,),
    ).fetchone()


def require_post(db: sqlite3.Connection, post_id: int) -> sqlite3.Row:
    row = fetch_post(db, post_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


def require_own_post(db: sqlite3.Connection, post_id: int, user: sqlite3.Row) -> sqlite3.Row:
    row = require_post(db, post_id)
    if row["author_id"] != user["id"]:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only change your own posts")
    return row


def page(rows: list[sqlite3.Row], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": [dict(r) for r in rows], "total": total, "limit": limit, "offset": offset}


# ---------- auth ----------

@app.post(
    "/auth/signup",
    response_model=schemas.UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def signup(payload: schemas.UserCreate, db: DB) -> dict[str, Any]:
    try:
        cur = db.execute(
            "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
            (payload.username, hash_password(payload.password), utcnow()),
        )
        db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return {"id": cur.lastrowid, "username": payload.username}


@app.post(
    "/auth/token",
    response_model=schemas.Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: DB,
    settings: Annotated[Settings, Depends(get_settings)],
) -> dict[str, str]:
    row = db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or not verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_access_token(row["id"], settings), "token_type": "bearer"}


@app.get("/users/me", response_model=schemas.UserOut, summary="Current user", responses=UNAUTHORIZED)
def me(user: CurrentUser) -> dict[str, Any]:
    return dict(user)


# ---------- posts ----------

@app.get("/posts", response_model=schemas.PostPage, summary="List posts, newest first")
def list_posts(db: DB, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    total = db.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    rows = db.execute(
        f"SELECT {POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id "
        "ORDER BY p.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return page(rows, total, limit, offset)


@app.post(
    "/posts",
    response_model=schemas.PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
def create_post(payload: schemas.PostIn, db: DB, user: CurrentUser) -> dict[str, Any]:
    cur = db.execute(
        "INSERT INTO posts (author_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        (user["id"], payload.title, payload.content, utcnow()),
    )
    db.commit()
    return dict(require_post(db, cur.lastrowid))


@app.get("/posts/{post_id}", response_model=schemas.PostOut, summary="Read a post", responses=NOT_FOUND)
def read_post(post_id: int, db: DB) -> dict[str, Any]:
    return dict(require_post(db, post_id))


@app.patch(
    "/posts/{post_id}",
    response_model=schemas.PostOut,
    summary="Edit your post (partial update)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def update_post(
    post_id: int, payload: schemas.PostUpdate, db: DB, user: CurrentUser
) -> dict[str, Any]:
    require_own_post(db, post_id, user)
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    if changes:
        # column names come from the PostUpdate fields (title/content), never from the client
        assignments = ", ".join(f"{col} = ?" for col in changes)
        db.execute(
            f"UPDATE posts SET {assignments}, updated_at = ? WHERE id = ?",
            (*changes.values(), utcnow(), post_id),
        )
        db.commit()
    return dict(require_post(db, post_id))


@app.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post (and its comments)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def delete_post(post_id: int, db: DB, user: CurrentUser) -> Response:
    require_own_post(db, post_id, user)
    db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# ---------- comments ----------

@app.get(
    "/posts/{post_id}/comments",
    response_model=schemas.CommentPage,
    summary="List a post's comments, oldest first",
    responses=NOT_FOUND,
)
def list_comments(post_id: int, db: DB, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    require_post(db, post_id)
    total = db.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)).fetchone()[0]
    rows = db.execute(
        f"SELECT {COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id "
        "WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    return page(rows, total, limit, offset)


@app.post(
    "/posts/{post_id}/comments",
    response_model=schemas.CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def create_comment(
    post_id: int, payload: schemas.CommentIn, db: DB, user: CurrentUser
) -> dict[str, Any]:
    require_post(db, post_id)
    cur = db.execute(
        "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user["id"], payload.body, utcnow()),
    )
    db.commit()
    return dict(fetch_comment(db, cur.lastrowid))
