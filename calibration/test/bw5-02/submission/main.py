# Blog API - FastAPI take home
import sqlite3
import hashlib
import datetime

import jwt
from fastapi import FastAPI, HTTPException, Depends, Request, Query
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel
from typing import List, Optional

SECRET_KEY = "my-super-secret-key-12345"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 60
DB_NAME = "blog.db"

app = FastAPI(title="Blog API")

# allow frontend to call the api (from stackoverflow)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def get_db():
    conn = sqlite3.connect(DB_NAME)
    conn.row_factory = sqlite3.Row
    return conn


def init_db():
    conn = get_db()
    c = conn.cursor()
    c.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT UNIQUE NOT NULL,
        password TEXT NOT NULL
    )""")
    c.execute("""CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        author_id INTEGER NOT NULL,
        created_at TEXT
    )""")
    c.execute("""CREATE TABLE IF NOT EXISTS comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL,
        author_id INTEGER NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT
    )""")
    conn.commit()
    conn.close()


init_db()


# ---------- models ----------

class UserCreate(BaseModel):
    username: str
    password: str


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str


class PostCreate(BaseModel):
    title: str
    content: str


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    created_at: Optional[str] = None


# ---------- helpers ----------

def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def create_access_token(data: dict):
    to_encode = data.copy()
    expire = datetime.datetime.utcnow() + datetime.timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def get_user_by_username(username):
    conn = get_db()
    user = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    conn.close()
    return user


async def get_current_user(token: str = Depends(oauth2_scheme)):
    credentials_exception = HTTPException(
        status_code=401,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
        if username is None:
            raise credentials_exception
    except jwt.PyJWTError:
        raise credentials_exception
    user = get_user_by_username(username)
    if user is None:
        raise credentials_exception
    return user


def get_post_or_404(post_id):
    conn = get_db()
    post = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    conn.close()
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


# ---------- auth ----------

@app.post("/register", response_model=UserOut, status_code=201)
async def register(user: UserCreate):
    if get_user_by_username(user.username):
        raise HTTPException(status_code=409, detail="Username already registered")
    conn = get_db()
    cur = conn.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)",
        (user.username, hash_password(user.password)),
    )
    conn.commit()
    new_id = cur.lastrowid
    conn.close()
    return {"id": new_id, "username": user.username}


@app.post("/token", response_model=Token)
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    user = get_user_by_username(form_data.username)
    if not user or user["password"] != hash_password(form_data.password):
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    access_token = create_access_token(data={"sub": user["username"]})
    return {"access_token": access_token, "token_type": "bearer"}


# ---------- posts ----------

@app.get("/posts", response_model=List[PostOut])
async def list_posts(limit: int = Query(10, ge=1, le=100), offset: int = Query(0, ge=0)):
    conn = get_db()
    rows = conn.execute(
        "SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    conn.close()
    return [dict(r) for r in rows]


@app.post("/posts", response_model=PostOut, status_code=201)
async def create_post(post: PostCreate, current_user=Depends(get_current_user)):
    conn = get_db()
    now = datetime.datetime.utcnow().isoformat()
    cur = conn.execute(
        "INSERT INTO posts (title, content, author_id, created_at) VALUES (?, ?, ?, ?)",
        (post.title, post.content, current_user["id"], now),
    )
    conn.commit()
    post_id = cur.lastrowid
    conn.close()
    return dict(get_post_or_404(post_id))


@app.get("/posts/{post_id}", response_model=PostOut)
async def get_post(post_id: int):
    return dict(get_post_or_404(post_id))


@app.put("/posts/{post_id}", response_model=PostOut)
async def update_post(post_id: int, post: PostCreate, current_user=Depends(get_current_user)):
    existing = get_post_or_404(post_id)
    if existing["author_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="Not your post")
    conn = get_db()
    conn.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?",
        (post.title, post.content, post_id),
    )
    conn.commit()
    conn.close()
    return dict(get_post_or_404(post_id))


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, current_user=Depends(get_current_user)):
    existing = get_post_or_404(post_id)
    if existing["author_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="Not your post")
    conn = get_db()
    conn.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    conn.close()


# ---------- comments ----------

@app.post("/posts/{post_id}/comments", status_code=201)
async def add_comment(post_id: int, request: Request, current_user=Depends(get_current_user)):
    get_post_or_404(post_id)
    data = await request.json()
    content = data.get("content")
    if not content:
        raise HTTPException(status_code=422, detail="content is required")
    conn = get_db()
    now = datetime.datetime.utcnow().isoformat()
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, current_user["id"], content, now),
    )
    conn.commit()
    comment_id = cur.lastrowid
    conn.close()
    return {
        "id": comment_id,
        "post_id": post_id,
        "author_id": current_user["id"],
        "content": content,
        "created_at": now,
    }


@app.get("/posts/{post_id}/comments")
async def list_comments(post_id: int, limit: int = Query(10, ge=1, le=100), offset: int = Query(0, ge=0)):
    get_post_or_404(post_id)
    conn = get_db()
    rows = conn.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    conn.close()
    return [dict(r) for r in rows]
