import sqlite3
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm

from app import db
from app.auth import CurrentUser, create_access_token, hash_password, verify_password
from app.schemas import (
    CommentCreate,
    CommentOut,
    Page,
    PostCreate,
    PostOut,
    PostUpdate,
    Token,
    UserCreate,
    UserOut,
)


@asynccontextmanager
async def lifespan(app: FastAPI):
    db.init_db()
    yield
    db.close()


app = FastAPI(
    title="Blog API",
    version="0.1.0",
    description="Multi-author blog: posts, comments, JWT auth.",
    lifespan=lifespan,
)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

Limit = Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")]
Offset = Annotated[int, Query(ge=0, description="Number of items to skip")]

POST_SELECT = """
SELECT p.id, p.title, p.content, p.author_id, u.username AS author,
       p.created_at, p.updated_at
FROM posts p JOIN users u ON u.id = p.author_id
"""

COMMENT_SELECT = """
SELECT c.id, c.post_id, c.author_id, u.username AS author, c.content, c.created_at
FROM comments c JOIN users u ON u.id = c.author_id
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _get_post_or_404(post_id: int) -> sqlite3.Row:
    row = db.get_conn().execute(POST_SELECT + " WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return row


@app.get("/health", tags=["meta"])
async def health() -> dict[str, str]:
    return {"status": "ok"}


# ---------------------------------------------------------------- auth


@app.post(
    "/auth/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    tags=["auth"],
    responses={409: {"description": "Username already taken"}},
)
async def signup(body: UserCreate) -> UserOut:
    conn = db.get_conn()
    created_at = _now()
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
            (body.username, hash_password(body.password), created_at),
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already taken")
    return UserOut(id=cur.lastrowid, username=body.username, created_at=created_at)


@app.post(
    "/auth/token",
    response_model=Token,
    tags=["auth"],
    responses={401: {"description": "Wrong username or password"}},
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    row = db.get_conn().execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or not verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(row["id"]))


# ---------------------------------------------------------------- posts


@app.get("/posts", response_model=Page[PostOut], tags=["posts"])
async def list_posts(limit: Limit = 20, offset: Offset = 0) -> Page[PostOut]:
    conn = db.get_conn()
    total = conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    rows = conn.execute(
        POST_SELECT + " ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return Page[PostOut](
        items=[PostOut(**dict(r)) for r in rows], total=total, limit=limit, offset=offset
    )


@app.get(
    "/posts/{post_id}",
    response_model=PostOut,
    tags=["posts"],
    responses={404: {"description": "Post not found"}},
)
async def get_post(post_id: int) -> PostOut:
    return PostOut(**dict(_get_post_or_404(post_id)))


@app.post(
    "/posts",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    tags=["posts"],
    responses={401: {"description": "Not authenticated"}},
)
async def create_post(body: PostCreate, user: CurrentUser) -> PostOut:
    conn = db.get_conn()
    cur = conn.execute(
        "INSERT INTO posts (author_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        (user["id"], body.title, body.content, _now()),
    )
    conn.commit()
    return PostOut(**dict(_get_post_or_404(cur.lastrowid)))


@app.patch(
    "/posts/{post_id}",
    response_model=PostOut,
    tags=["posts"],
    responses={
        401: {"description": "Not authenticated"},
        403: {"description": "Not the author"},
        404: {"description": "Post not found"},
    },
)
async def update_post(post_id: int, body: PostUpdate, user: CurrentUser) -> PostOut:
    post = _get_post_or_404(post_id)
    if post["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Only the author can edit this post")
    conn = db.get_conn()
    conn.execute(
        "UPDATE posts SET title = COALESCE(?, title), content = COALESCE(?, content), "
        "updated_at = ? WHERE id = ?",
        (body.title, body.content, _now(), post_id),
    )
    conn.commit()
    return PostOut(**dict(_get_post_or_404(post_id)))


@app.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["posts"],
    responses={
        401: {"description": "Not authenticated"},
        403: {"description": "Not the author"},
        404: {"description": "Post not found"},
    },
)
async def delete_post(post_id: int, user: CurrentUser) -> Response:
    post = _get_post_or_404(post_id)
    if post["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Only the author can delete this post")
    conn = db.get_conn()
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# ---------------------------------------------------------------- comments


@app.get(
    "/posts/{post_id}/comments",
    response_model=Page[CommentOut],
    tags=["comments"],
    responses={404: {"description": "Post not found"}},
)
async def list_comments(
    post_id: int, limit: Limit = 20, offset: Offset = 0
) -> Page[CommentOut]:
    _get_post_or_404(post_id)
    conn = db.get_conn()
    total = conn.execute(
        "SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)
    ).fetchone()[0]
    rows = conn.execute(
        COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.created_at, c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    return Page[CommentOut](
        items=[CommentOut(**dict(r)) for r in rows], total=total, limit=limit, offset=offset
    )


@app.post(
    "/posts/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    tags=["comments"],
    responses={401: {"description": "Not authenticated"}, 404: {"description": "Post not found"}},
)
async def create_comment(post_id: int, body: CommentCreate, user: CurrentUser) -> CommentOut:
    _get_post_or_404(post_id)
    conn = db.get_conn()
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user["id"], body.content, _now()),
    )
    conn.commit()
    row = conn.execute(COMMENT_SELECT + " WHERE c.id = ?", (cur.lastrowid,)).fetchone()
    return CommentOut(**dict(row))
