import hashlib
import hmac
import os
import secrets
import sqlite3
from datetime import datetime, timezone
from typing import Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

DB_PATH = os.environ.get("BLOG_DB", "blog.db")
PBKDF2_ITERATIONS = 600_000  # OWASP recommendation for pbkdf2-sha256

app = FastAPI(title="Blog API")
bearer = HTTPBearer(auto_error=False)


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        yield conn
    finally:
        conn.close()


def init_db():
    conn = sqlite3.connect(DB_PATH)
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT UNIQUE NOT NULL,
            pw_salt BLOB NOT NULL,
            pw_hash BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS tokens (
            token TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id)
        );
        CREATE TABLE IF NOT EXISTS posts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            content TEXT NOT NULL,
            author_id INTEGER NOT NULL REFERENCES users(id),
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
    conn.commit()
    conn.close()


init_db()


# ---------- models ----------

class UserIn(BaseModel):
    username: str = Field(min_length=3, max_length=30)
    password: str = Field(min_length=8)


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=2000)


# ---------- helpers ----------

def hash_pw(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)


def now():
    return datetime.now(timezone.utc).isoformat()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer), db=Depends(get_db)):
    if creds is None:
        raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
    row = db.execute(
        "SELECT users.id, users.username FROM tokens JOIN users ON users.id = tokens.user_id "
        "WHERE tokens.token = ?",
        (creds.credentials,),
    ).fetchone()
    if row is None:
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    return dict(row)


def post_to_dict(db, row):
    author = db.execute("SELECT username FROM users WHERE id = ?", (row["author_id"],)).fetchone()
    n_comments = db.execute(
        "SELECT COUNT(*) FROM comments WHERE post_id = ?", (row["id"],)
    ).fetchone()[0]
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "author": author["username"],
        "created_at": row["created_at"],
        "comment_count": n_comments,
    }


def get_post_or_404(db, post_id):
    row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(404, "Post not found")
    return row


# ---------- auth ----------

@app.post("/auth/register", status_code=201)
def register(user: UserIn, db=Depends(get_db)):
    salt = secrets.token_bytes(16)
    try:
        cur = db.execute(
            "INSERT INTO users (username, pw_salt, pw_hash) VALUES (?, ?, ?)",
            (user.username, salt, hash_pw(user.password, salt)),
        )
        db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(409, "Username taken")
    return {"id": cur.lastrowid, "username": user.username}


@app.post("/auth/token")
def login(user: UserIn, db=Depends(get_db)):
    row = db.execute("SELECT * FROM users WHERE username = ?", (user.username,)).fetchone()
    if row is None or not hmac.compare_digest(hash_pw(user.password, row["pw_salt"]), row["pw_hash"]):
        raise HTTPException(401, "Bad username or password")
    token = secrets.token_urlsafe(32)
    db.execute("INSERT INTO tokens (token, user_id) VALUES (?, ?)", (token, row["id"]))
    db.commit()
    return {"access_token": token, "token_type": "bearer"}


# ---------- posts ----------

ORDER_BY = {"newest": "created_at DESC, id DESC", "oldest": "created_at ASC, id ASC"}


@app.get("/posts")
def list_posts(
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
    sort: Literal["newest", "oldest"] = "newest",
    db=Depends(get_db),
):
    rows = db.execute(
        f"SELECT * FROM posts ORDER BY {ORDER_BY[sort]} LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [post_to_dict(db, r) for r in rows]


@app.post("/posts", status_code=201)
def create_post(post: PostIn, user=Depends(current_user), db=Depends(get_db)):
    cur = db.execute(
        "INSERT INTO posts (title, content, author_id, created_at) VALUES (?, ?, ?, ?)",
        (post.title, post.content, user["id"], now()),
    )
    db.commit()
    return post_to_dict(db, get_post_or_404(db, cur.lastrowid))


@app.get("/posts/{post_id}")
def get_post(post_id: int, db=Depends(get_db)):
    return post_to_dict(db, get_post_or_404(db, post_id))


@app.put("/posts/{post_id}")
def update_post(post_id: int, post: PostIn, user=Depends(current_user), db=Depends(get_db)):
    row = get_post_or_404(db, post_id)
    if row["author_id"] != user["id"]:
        raise HTTPException(403, "Not your post")
    db.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?", (post.title, post.content, post_id)
    )
    db.commit()
    return post_to_dict(db, get_post_or_404(db, post_id))


@app.delete("/posts/{post_id}", status_code=204)
def delete_post(post_id: int, user=Depends(current_user), db=Depends(get_db)):
    row = get_post_or_404(db, post_id)
    if row["author_id"] != user["id"]:
        raise HTTPException(403, "Not your post")
    db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    db.commit()
    return Response(status_code=204)


# ---------- comments ----------

@app.get("/posts/{post_id}/comments")
def list_comments(
    post_id: int,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db=Depends(get_db),
):
    get_post_or_404(db, post_id)
    rows = db.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    out = []
    for r in rows:
        author = db.execute("SELECT username FROM users WHERE id = ?", (r["author_id"],)).fetchone()
        out.append(
            {
                "id": r["id"],
                "post_id": post_id,
                "author": author["username"],
                "content": r["content"],
                "created_at": r["created_at"],
            }
        )
    return out


@app.post("/posts/{post_id}/comments", status_code=201)
def add_comment(post_id: int, comment: CommentIn, user=Depends(current_user), db=Depends(get_db)):
    get_post_or_404(db, post_id)
    cur = db.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user["id"], comment.content, now()),
    )
    db.commit()
    return {
        "id": cur.lastrowid,
        "post_id": post_id,
        "author": user["username"],
        "content": comment.content,
        "created_at": now(),
    }
