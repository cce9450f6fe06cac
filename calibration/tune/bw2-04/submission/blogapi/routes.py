import sqlite3
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from .schemas import (
    CommentIn,
    CommentOut,
    CommentPage,
    PostIn,
    PostOut,
    PostPage,
    PostPatch,
    SignUp,
    TokenOut,
    UserOut,
)
from .security import (
    DB,
    DUMMY_HASH,
    TOKEN_TTL_SECONDS,
    CurrentUser,
    hash_password,
    issue_token,
    verify_password,
)

router = APIRouter()

Limit = Annotated[int, Query(ge=1, le=50)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]

_POST_SELECT = """SELECT p.id, p.title, p.content, u.username AS author, p.created_at, p.updated_at
                  FROM posts p JOIN users u ON u.id = p.author_id"""
# ORDER BY cannot be a bound parameter; only these literal fragments ever reach the SQL.
_SORT_SQL = {
    ("created_at", "desc"): "p.created_at DESC, p.id DESC",
    ("created_at", "asc"): "p.created_at ASC, p.id ASC",
    ("title", "asc"): "p.title ASC, p.id ASC",
    ("title", "desc"): "p.title DESC, p.id DESC",
}


def _post_or_404(conn: sqlite3.Connection, post_id: int) -> sqlite3.Row:
    row = conn.execute(f"{_POST_SELECT} WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


def _own_post(conn: sqlite3.Connection, post_id: int, user: sqlite3.Row) -> None:
    row = conn.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    if row["author_id"] != user["id"]:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Not the author of this post")


# ---- auth ----

@router.post("/auth/register", response_model=UserOut, status_code=201, tags=["auth"])
def register(body: SignUp, conn: DB) -> dict:
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (body.username, hash_password(body.password)),
        )
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username taken") from None
    conn.commit()
    return {"id": cur.lastrowid, "username": body.username}


@router.post("/auth/token", response_model=TokenOut, tags=["auth"])
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: DB) -> TokenOut:
    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    ok = verify_password(form.password, row["password_hash"] if row else DUMMY_HASH)
    if row is None or not ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Bad credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = issue_token(conn, row["id"])
    conn.commit()
    return TokenOut(access_token=token, expires_in=TOKEN_TTL_SECONDS)


# ---- posts ----

@router.get("/posts", response_model=PostPage, tags=["posts"])
def list_posts(
    conn: DB,
    limit: Limit = 10,
    offset: Offset = 0,
    sort: Literal["created_at", "title"] = "created_at",
    order: Literal["asc", "desc"] = "desc",
) -> dict:
    rows = conn.execute(
        f"{_POST_SELECT} ORDER BY {_SORT_SQL[(sort, order)]} LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    total = conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    return {"items": [dict(r) for r in rows], "limit": limit, "offset": offset, "total": total}


@router.post("/posts", response_model=PostOut, status_code=201, tags=["posts"])
def create_post(body: PostIn, user: CurrentUser, conn: DB) -> dict:
    cur = conn.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (user["id"], body.title, body.content),
    )
    conn.commit()
    return dict(_post_or_404(conn, cur.lastrowid))


@router.get("/posts/{post_id}", response_model=PostOut, tags=["posts"])
def get_post(post_id: int, conn: DB) -> dict:
    return dict(_post_or_404(conn, post_id))


@router.patch("/posts/{post_id}", response_model=PostOut, tags=["posts"])
def update_post(post_id: int, body: PostPatch, user: CurrentUser, conn: DB) -> dict:
    _own_post(conn, post_id, user)
    changes = body.model_dump(exclude_none=True)
    if changes:
        # keys come from PostPatch's declared fields only (extra="forbid")
        assignments = ", ".join(f"{col} = ?" for col in changes)
        conn.execute(
            f"UPDATE posts SET {assignments}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE id = ?",
            (*changes.values(), post_id),
        )
        conn.commit()
    return dict(_post_or_404(conn, post_id))


@router.delete("/posts/{post_id}", status_code=204, tags=["posts"])
def delete_post(post_id: int, user: CurrentUser, conn: DB) -> Response:
    _own_post(conn, post_id, user)
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    return Response(status_code=204)


# ---- comments ----

@router.get("/posts/{post_id}/comments", response_model=CommentPage, tags=["comments"])
def list_comments(post_id: int, conn: DB, limit: Limit = 20, offset: Offset = 0) -> dict:
    _post_or_404(conn, post_id)
    rows = conn.execute(
        """SELECT c.id, c.post_id, u.username AS author, c.content, c.created_at
           FROM comments c JOIN users u ON u.id = c.author_id
           WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?""",
        (post_id, limit, offset),
    ).fetchall()
    total = conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)).fetchone()[0]
    return {"items": [dict(r) for r in rows], "limit": limit, "offset": offset, "total": total}


@router.post(
    "/posts/{post_id}/comments", response_model=CommentOut, status_code=201, tags=["comments"]
)
def add_comment(post_id: int, body: CommentIn, user: CurrentUser, conn: DB) -> dict:
    if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)",
        (post_id, user["id"], body.content),
    )
    conn.commit()
    row = conn.execute(
        """SELECT c.id, c.post_id, u.username AS author, c.content, c.created_at
           FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?""",
        (cur.lastrowid,),
    ).fetchone()
    return dict(row)
