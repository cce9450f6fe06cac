"""
Blog API.

Start:  uvicorn blog.main:app
"""
import re
import sqlite3
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from blog import config, db, security
from blog.models import (
    CommentIn,
    CommentOut,
    ErrorOut,
    PostIn,
    PostOut,
    PostPatch,
    TokenOut,
    UserIn,
    UserOut,
)

USERNAME_RE = re.compile(r"^[A-Za-z0-9_]+$")

E401 = {401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}}
E403 = {403: {"model": ErrorOut, "description": "Not the author of the post"}}
E404 = {404: {"model": ErrorOut, "description": "Post not found"}}


@asynccontextmanager
async def lifespan(_app: FastAPI):
    db.init_db()
    yield


app = FastAPI(title="Blog API", version="1.0", lifespan=lifespan)

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)

Conn = Annotated[sqlite3.Connection, Depends(db.get_conn)]


# --------------------------------------------------------------------------- helpers

def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fail(code: int, detail: str) -> HTTPException:
    headers = {"WWW-Authenticate": "Bearer"} if code == 401 else None
    return HTTPException(status_code=code, detail=detail, headers=headers)


def check_page(limit: int, offset: int) -> None:
    # explicit range check so the error message says what the limits are
    if limit < 1 or limit > config.PAGE_MAX:
        raise fail(422, f"limit must be between 1 and {config.PAGE_MAX}")
    if offset < 0 or offset > config.OFFSET_MAX:
        raise fail(422, f"offset must be between 0 and {config.OFFSET_MAX}")


def check_not_blank(value: str, name: str) -> str:
    stripped = value.strip()
    if stripped == "":
        raise fail(422, f"{name} must not be blank")
    return stripped


def current_user_id(token: Annotated[str | None, Depends(oauth2)], conn: Conn) -> int:
    if token is None:
        raise fail(401, "Not authenticated")
    user_id = security.verify_token(token)
    if user_id is None:
        raise fail(401, "Invalid or expired token")
    row = conn.execute("SELECT id FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise fail(401, "Invalid or expired token")
    return user_id


UserId = Annotated[int, Depends(current_user_id)]

POST_SELECT = """
SELECT p.id, p.author_id, u.username AS author, p.title, p.content, p.created_at, p.updated_at
FROM posts p JOIN users u ON u.id = p.author_id
"""

COMMENT_SELECT = """
SELECT c.id, c.post_id, c.author_id, u.username AS author, c.body, c.created_at
FROM comments c JOIN users u ON u.id = c.author_id
"""


def row_to_post(row: sqlite3.Row) -> PostOut:
    return PostOut(**dict(row))


def row_to_comment(row: sqlite3.Row) -> CommentOut:
    return CommentOut(**dict(row))


def load_post(conn: sqlite3.Connection, post_id: int) -> PostOut:
    row = conn.execute(POST_SELECT + " WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise fail(404, "Post not found")
    return row_to_post(row)


# --------------------------------------------------------------------------- auth

@app.post("/auth/register", status_code=201, response_model=UserOut, tags=["auth"],
          responses={409: {"model": ErrorOut, "description": "Username taken"}})
def register(body: UserIn, conn: Conn) -> UserOut:
    if not USERNAME_RE.match(body.username):
        raise fail(422, "username may only contain letters, digits and '_'")
    pw_hash = security.hash_password(body.password)
    created = now_iso()
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (body.username, pw_hash, created),
            )
    except sqlite3.IntegrityError:
        raise fail(409, "username already taken")
    user_id = cur.lastrowid
    assert user_id is not None
    return UserOut(id=user_id, username=body.username, created_at=created)


@app.post("/auth/token", response_model=TokenOut, tags=["auth"], responses=E401)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> TokenOut:
    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or not security.verify_password(form.password, row["password_hash"]):
        raise fail(401, "Incorrect username or password")
    return TokenOut(
        access_token=security.issue_token(row["id"]),
        token_type="bearer",
        expires_in=config.TOKEN_TTL_SECONDS,
    )


# --------------------------------------------------------------------------- posts

@app.get("/posts", response_model=list[PostOut], tags=["posts"])
def list_posts(conn: Conn, limit: int = config.PAGE_DEFAULT, offset: int = 0) -> list[PostOut]:
    check_page(limit, offset)
    rows = conn.execute(
        POST_SELECT + " ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [row_to_post(r) for r in rows]


@app.post("/posts", status_code=201, response_model=PostOut, tags=["posts"], responses=E401)
def create_post(body: PostIn, user_id: UserId, conn: Conn) -> PostOut:
    title = check_not_blank(body.title, "title")
    content = check_not_blank(body.content, "content")
    ts = now_iso()
    with conn:
        cur = conn.execute(
            "INSERT INTO posts (author_id, title, content, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (user_id, title, content, ts, ts),
        )
    post_id = cur.lastrowid
    assert post_id is not None
    return load_post(conn, post_id)


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"], responses=E404)
def get_post(post_id: int, conn: Conn) -> PostOut:
    return load_post(conn, post_id)


def _owned_post(conn: sqlite3.Connection, post_id: int, user_id: int) -> PostOut:
    post = load_post(conn, post_id)
    if post.author_id != user_id:
        raise fail(403, "only the author may change this post")
    return post


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"],
         responses={**E401, **E403, **E404})
def replace_post(post_id: int, body: PostIn, user_id: UserId, conn: Conn) -> PostOut:
    _owned_post(conn, post_id, user_id)
    title = check_not_blank(body.title, "title")
    content = check_not_blank(body.content, "content")
    with conn:
        conn.execute(
            "UPDATE posts SET title = ?, content = ?, updated_at = ? WHERE id = ?",
            (title, content, now_iso(), post_id),
        )
    return load_post(conn, post_id)


@app.patch("/posts/{post_id}", response_model=PostOut, tags=["posts"],
           responses={**E401, **E403, **E404})
def patch_post(post_id: int, body: PostPatch, user_id: UserId, conn: Conn) -> PostOut:
    post = _owned_post(conn, post_id, user_id)
    columns: list[str] = []
    values: list[str] = []
    if body.title is not None:
        columns.append("title")
        values.append(check_not_blank(body.title, "title"))
    if body.content is not None:
        columns.append("content")
        values.append(check_not_blank(body.content, "content"))
    if not columns:
        return post  # nothing to change
    columns.append("updated_at")
    values.append(now_iso())
    # column names come only from the fixed list above; the values are bound
    assignments = ", ".join(f"{c} = ?" for c in columns)
    with conn:
        conn.execute(f"UPDATE posts SET {assignments} WHERE id = ?", (*values, post_id))
    return load_post(conn, post_id)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"],
            responses={**E401, **E403, **E404})
def delete_post(post_id: int, user_id: UserId, conn: Conn) -> Response:
    _owned_post(conn, post_id, user_id)
    with conn:
        # comments go with it (ON DELETE CASCADE, foreign_keys pragma is on)
        conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    return Response(status_code=204)


# --------------------------------------------------------------------------- comments

@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"],
         responses=E404)
def list_comments(post_id: int, conn: Conn, limit: int = config.PAGE_DEFAULT,
                  offset: int = 0) -> list[CommentOut]:
    check_page(limit, offset)
    load_post(conn, post_id)
    rows = conn.execute(
        COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    return [row_to_comment(r) for r in rows]


@app.post("/posts/{post_id}/comments", status_code=201, response_model=CommentOut,
          tags=["comments"], responses={**E401, **E404})
def create_comment(post_id: int, body: CommentIn, user_id: UserId, conn: Conn) -> CommentOut:
    load_post(conn, post_id)
    text = check_not_blank(body.body, "body")
    with conn:
        cur = conn.execute(
            "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
            (post_id, user_id, text, now_iso()),
        )
    comment_id = cur.lastrowid
    row = conn.execute(COMMENT_SELECT + " WHERE c.id = ?", (comment_id,)).fetchone()
    if row is None:  # cannot happen inside one connection, but never return None as a body
        raise fail(500, "comment vanished after insert")
    return row_to_comment(row)
