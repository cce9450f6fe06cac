"""
Blog API - take-home.

Security notes are in README.md (threat model section).
"""
import os
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import anyio
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, InvalidHashError
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

JWT_SECRET = os.environ["BLOG_JWT_SECRET"]
if len(JWT_SECRET) < 32:
    raise RuntimeError("BLOG_JWT_SECRET must be at least 32 characters")
DB_FILE = os.environ.get("BLOG_DB", "blog.db")
ALLOWED_ORIGINS = [o for o in os.environ.get("BLOG_CORS_ORIGINS", "").split(",") if o]
TOKEN_MINUTES = 30
MAX_LOGIN_FAILURES = 5
LOCKOUT_SECONDS = 300

ph = PasswordHasher()  # argon2id, library defaults (RFC 9106 low-memory profile)
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/login")
oauth2_optional = OAuth2PasswordBearer(tokenUrl="/auth/login", auto_error=False)

app = FastAPI(title="Blog API")

if ALLOWED_ORIGINS:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,
        allow_credentials=False,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )


@app.middleware("http")
async def security_headers(request: Request, call_next):
    resp = await call_next(request)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["Cache-Control"] = "no-store"
    return resp


# --- database -------------------------------------------------------------

conn = sqlite3.connect(DB_FILE, check_same_thread=False)
conn.row_factory = sqlite3.Row
conn.execute("PRAGMA foreign_keys = ON")
conn.executescript(
    """
    CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        author_id INTEGER NOT NULL REFERENCES users(id),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        author_id INTEGER NOT NULL REFERENCES users(id),
        content TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """
)


def now():
    return datetime.now(timezone.utc).isoformat()


def username_of(user_id):
    row = conn.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()
    return row["username"] if row else None


def post_out(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "author": username_of(row["author_id"]),
        "created_at": row["created_at"],
    }


# --- models ---------------------------------------------------------------

class SignUp(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=12, max_length=256)


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20000)


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=5000)


# --- auth -----------------------------------------------------------------

failed_logins = {}  # username -> (count, first_failure_ts)


def make_token(user_id):
    exp = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_MINUTES)
    return jwt.encode({"sub": str(user_id), "exp": exp}, JWT_SECRET, algorithm="HS256")


async def current_user(token: str = Depends(oauth2)):
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
        user_id = int(claims["sub"])
    except (jwt.InvalidTokenError, KeyError, ValueError):
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    row = conn.execute("SELECT id, username FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    return dict(row)


@app.post("/auth/signup", status_code=201)
async def signup(body: SignUp):
    """Create an account. Password is hashed with argon2id."""
    pw_hash = await anyio.to_thread.run_sync(ph.hash, body.password)
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (body.username, pw_hash)
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(409, "Username not available")
    return {"id": cur.lastrowid, "username": body.username}


@app.post("/auth/login")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    """OAuth2 password flow. Returns a bearer JWT valid for 30 minutes."""
    count, first = failed_logins.get(form.username, (0, 0.0))
    if count >= MAX_LOGIN_FAILURES and time.time() - first < LOCKOUT_SECONDS:
        raise HTTPException(429, "Too many failed attempts, try again later")

    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    # verify against a dummy hash when the user doesn't exist so timing doesn't leak usernames
    stored = row["password_hash"] if row else DUMMY_HASH
    try:
        await anyio.to_thread.run_sync(ph.verify, stored, form.password)
        ok = row is not None
    except (VerificationError, InvalidHashError):
        ok = False

    if not ok:
        if count == 0 or time.time() - first >= LOCKOUT_SECONDS:
            failed_logins[form.username] = (1, time.time())
        else:
            failed_logins[form.username] = (count + 1, first)
        raise HTTPException(401, "Invalid username or password", headers={"WWW-Authenticate": "Bearer"})

    failed_logins.pop(form.username, None)
    return {"access_token": make_token(row["id"]), "token_type": "bearer"}


DUMMY_HASH = ph.hash("dummy-password-for-timing")


# --- posts ----------------------------------------------------------------

@app.get("/posts")
async def list_posts(limit: int = Query(10, ge=1, le=50), offset: int = Query(0, ge=0)):
    """Public list of posts, newest first."""
    rows = conn.execute(
        "SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [post_out(r) for r in rows]


@app.get("/posts/{post_id}")
async def get_post(post_id: int):
    """Public: read a single post."""
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(404, "Post not found")
    return post_out(row)


@app.post("/posts", status_code=201)
async def create_post(body: PostIn, user=Depends(current_user)):
    """Publish a post (requires login)."""
    cur = conn.execute(
        "INSERT INTO posts (author_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        (user["id"], body.title, body.content, now()),
    )
    conn.commit()
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (cur.lastrowid,)).fetchone()
    return post_out(row)


def load_own_post(post_id, user):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(404, "Post not found")
    if row["author_id"] != user["id"]:
        raise HTTPException(403, "Not the author")
    return row


@app.put("/posts/{post_id}")
async def update_post(post_id: int, request: Request, user=Depends(current_user)):
    """Edit a post. Only the author may do this."""
    row = load_own_post(post_id, user)
    try:
        data = await request.json()
    except ValueError:
        raise HTTPException(400, "Body must be JSON")
    if not isinstance(data, dict):
        raise HTTPException(422, "Body must be an object")
    title = data.get("title", row["title"])
    content = data.get("content", row["content"])
    PostIn(title=title, content=content)  # reuse validation; raises 422 on bad input
    conn.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?", (title, content, post_id)
    )
    conn.commit()
    return post_out(conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone())


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, user=Depends(current_user)):
    """Delete a post. Only the author may do this."""
    load_own_post(post_id, user)
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    return Response(status_code=204)


# --- comments -------------------------------------------------------------

@app.get("/posts/{post_id}/comments")
async def list_comments(post_id: int):
    """Public: all comments on a post, oldest first."""
    if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(404, "Post not found")
    rows = conn.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id", (post_id,)
    ).fetchall()
    return [
        {
            "id": r["id"],
            "post_id": r["post_id"],
            "author": username_of(r["author_id"]),
            "content": r["content"],
            "created_at": r["created_at"],
        }
        for r in rows
    ]


@app.post("/posts/{post_id}/comments", status_code=201)
async def add_comment(post_id: int, body: CommentIn, user=Depends(current_user)):
    """Comment on a post (requires login)."""
    if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(404, "Post not found")
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user["id"], body.content, now()),
    )
    conn.commit()
    return {
        "id": cur.lastrowid,
        "post_id": post_id,
        "author": user["username"],
        "content": body.content,
    }
