import hashlib
import sqlite3
from datetime import datetime
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

app = FastAPI(title="Blog API")
security = HTTPBasic()

conn = sqlite3.connect("blog.db", check_same_thread=False)
conn.row_factory = sqlite3.Row
conn.execute(
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, password TEXT)"
)
conn.execute(
    "CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, title TEXT, content TEXT, "
    "author_id INTEGER, created_at TEXT)"
)
conn.execute(
    "CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, post_id INTEGER, "
    "author_id INTEGER, content TEXT, created_at TEXT)"
)
conn.commit()


class UserIn(BaseModel):
    username: str
    password: str


class UserOut(BaseModel):
    id: int
    username: str


class PostIn(BaseModel):
    title: str
    content: str


class Post(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    created_at: str


class CommentIn(BaseModel):
    content: str


class Comment(BaseModel):
    id: int
    post_id: int
    author_id: int
    content: str
    created_at: str


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


def get_user(username: str) -> Optional[sqlite3.Row]:
    cur = conn.execute(f"SELECT * FROM users WHERE username = '{username}'")
    return cur.fetchone()


async def current_user(credentials: HTTPBasicCredentials = Depends(security)) -> sqlite3.Row:
    user = get_user(credentials.username)
    if not user or user["password"] != hash_password(credentials.password):
        raise HTTPException(status_code=401, detail="Wrong username or password",
                            headers={"WWW-Authenticate": "Basic"})
    return user


@app.post("/auth/register", response_model=UserOut, status_code=201)
async def register(user: UserIn):
    if get_user(user.username):
        raise HTTPException(status_code=400, detail="User exists")
    cur = conn.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)",
        (user.username, hash_password(user.password)),
    )
    conn.commit()
    return {"id": cur.lastrowid, "username": user.username}


@app.get("/auth/me", response_model=UserOut)
async def me(user: sqlite3.Row = Depends(current_user)):
    return dict(user)


@app.get("/posts", response_model=List[Post])
async def list_posts():
    rows = conn.execute("SELECT * FROM posts ORDER BY id DESC").fetchall()
    return [dict(r) for r in rows]


@app.post("/posts", response_model=Post, status_code=201)
async def create_post(post: PostIn, user: sqlite3.Row = Depends(current_user)):
    now = datetime.now().isoformat()
    cur = conn.execute(
        "INSERT INTO posts (title, content, author_id, created_at) VALUES (?, ?, ?, ?)",
        (post.title, post.content, user["id"], now),
    )
    conn.commit()
    return {"id": cur.lastrowid, "author_id": user["id"], "created_at": now, **post.dict()}


@app.get("/posts/{post_id}", response_model=Post)
async def get_post(post_id: int):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if not row:
        raise HTTPException(status_code=404, detail="Post not found")
    return dict(row)


@app.put("/posts/{post_id}", response_model=Post)
async def update_post(post_id: int, post: PostIn, user: sqlite3.Row = Depends(current_user)):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if not row:
        raise HTTPException(status_code=404, detail="Post not found")
    if row["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Not allowed")
    conn.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?", (post.title, post.content, post_id)
    )
    conn.commit()
    return {**dict(row), **post.dict()}


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, user: sqlite3.Row = Depends(current_user)):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if not row:
        raise HTTPException(status_code=404, detail="Post not found")
    if row["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Not allowed")
    conn.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    return {"deleted": True}


@app.get("/posts/{post_id}/comments", response_model=List[Comment])
async def list_comments(post_id: int):
    rows = conn.execute("SELECT * FROM comments WHERE post_id = ?", (post_id,)).fetchall()
    return [dict(r) for r in rows]


@app.post("/posts/{post_id}/comments", response_model=Comment)
async def add_comment(post_id: int, comment: CommentIn, user: sqlite3.Row = Depends(current_user)):
    post = conn.execute("SELECT id FROM posts WHERE id = ?", (post_id,)).fetchone()
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    now = datetime.now().isoformat()
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user["id"], comment.content, now),
    )
    conn.commit()
    return {"id": cur.lastrowid, "post_id": post_id, "author_id": user["id"],
            "content": comment.content, "created_at": now}
