from fastapi import FastAPI, HTTPException, Depends, Request
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field
from passlib.context import CryptContext
from jose import jwt, JWTError
from datetime import datetime, timedelta
from typing import List
import sqlite3

app = FastAPI(title="Blog API", description="Take home assignment - blog with posts and comments")

# ---------- settings ----------
SECRET_KEY = "my-super-secret-key-123"
ALGORITHM = "HS256"
TOKEN_EXPIRE_MINUTES = 60
DB_NAME = "blog.db"

# ---------- global variables ----------
conn = None
current_user = None
request_count = 0

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


# ---------- database ----------
def get_db():
    global conn
    if conn is None:
        print("opening database", DB_NAME)
        conn = sqlite3.connect(DB_NAME, check_same_thread=False)
        conn.row_factory = sqlite3.Row
    return conn


def init_db():
    db = get_db()
    db.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT UNIQUE NOT NULL,
        password_hash TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        author_id INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE IF NOT EXISTS comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL,
        author_id INTEGER NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""")
    db.commit()
    print("database ready")


init_db()


# ---------- models ----------
class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=50)
    password: str = Field(min_length=6)


class Token(BaseModel):
    access_token: str
    token_type: str


class PostCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: str


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created_at: str


# ---------- helpers ----------
def get_user_by_username(username):
    db = get_db()
    row = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return row


def get_username(user_id):
    db = get_db()
    row = db.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()
    if row:
        return row["username"]
    return "unknown"


def make_token(username):
    expire = datetime.utcnow() + timedelta(minutes=TOKEN_EXPIRE_MINUTES)
    data = {"sub": username, "exp": expire}
    return jwt.encode(data, SECRET_KEY, algorithm=ALGORITHM)


def post_to_dict(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "author": get_username(row["author_id"]),
        "created_at": row["created_at"],
    }


def comment_to_dict(row):
    return {
        "id": row["id"],
        "post_id": row["post_id"],
        "author": get_username(row["author_id"]),
        "content": row["content"],
        "created_at": row["created_at"],
    }


def get_post_or_404(post_id):
    db = get_db()
    row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        print("post not found", post_id)
        raise HTTPException(status_code=404, detail="Post not found")
    return row


def get_current_user(token: str = Depends(oauth2_scheme)):
    global current_user
    print("checking token", token)
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
    except JWTError:
        print("bad token!!")
        raise HTTPException(
            status_code=401,
            detail="Could not validate credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    user = get_user_by_username(username)
    if user is None:
        raise HTTPException(status_code=401, detail="User not found", headers={"WWW-Authenticate": "Bearer"})
    current_user = user
    print("current user is", current_user["username"])
    return user


# ---------- middleware ----------
@app.middleware("http")
async def count_requests(request: Request, call_next):
    global request_count
    request_count += 1
    print(f"[{request_count}] {request.method} {request.url}")
    response = await call_next(request)
    print("status:", response.status_code)
    return response


# ---------- users ----------
@app.post("/signup", status_code=201)
async def signup(user: UserCreate):
    print("signup", user.username, user.password)
    db = get_db()
    existing = get_user_by_username(user.username)
    if existing:
        raise HTTPException(status_code=400, detail="Username already taken")
    hashed = pwd_context.hash(user.password)
    cur = db.execute(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)",
        (user.username, hashed),
    )
    db.commit()
    return {"id": cur.lastrowid, "username": user.username}


@app.post("/login", response_model=Token)
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    print("login attempt:", form_data.username, form_data.password)
    user = get_user_by_username(form_data.username)
    if user is None or not pwd_context.verify(form_data.password, user["password_hash"]):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = make_token(user["username"])
    return {"access_token": token, "token_type": "bearer"}


@app.get("/users/me")
def read_me(user=Depends(get_current_user)):
    return dict(current_user)


# ---------- posts ----------
@app.get("/posts", response_model=List[PostOut])
def list_posts(limit: int = 10, offset: int = 0):
    print("list posts", limit, offset)
    if limit > 50:
        limit = 50
    db = get_db()
    rows = db.execute(
        "SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    result = []
    for row in rows:
        result.append(post_to_dict(row))
    return result


@app.post("/posts", status_code=201, response_model=PostOut)
async def create_post(post: PostCreate, user=Depends(get_current_user)):
    print("creating post", post)
    db = get_db()
    now = datetime.utcnow().isoformat()
    cur = db.execute(
        "INSERT INTO posts (title, content, author_id, created_at) VALUES (?, ?, ?, ?)",
        (post.title, post.content, current_user["id"], now),
    )
    db.commit()
    row = get_post_or_404(cur.lastrowid)
    return post_to_dict(row)


@app.get("/posts/{post_id}", response_model=PostOut)
def get_post(post_id: int):
    row = get_post_or_404(post_id)
    return post_to_dict(row)


@app.put("/posts/{post_id}", response_model=PostOut)
async def update_post(post_id: int, post: PostCreate, user=Depends(get_current_user)):
    print("update post", post_id, post)
    row = get_post_or_404(post_id)
    if row["author_id"] != current_user["id"]:
        print("not the author!", row["author_id"], current_user["id"])
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    db = get_db()
    db.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?",
        (post.title, post.content, post_id),
    )
    db.commit()
    return post_to_dict(get_post_or_404(post_id))


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, user=Depends(get_current_user)):
    print("delete post", post_id)
    row = get_post_or_404(post_id)
    if row["author_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")
    db = get_db()
    db.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    db.commit()


# ---------- comments ----------
@app.get("/posts/{post_id}/comments", response_model=List[CommentOut])
def list_comments(post_id: int):
    get_post_or_404(post_id)
    db = get_db()
    rows = db.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id", (post_id,)
    ).fetchall()
    comments = []
    for row in rows:
        comments.append(comment_to_dict(row))
    print("found", len(comments), "comments")
    return comments


@app.post("/posts/{post_id}/comments", status_code=201, response_model=CommentOut)
async def add_comment(post_id: int, comment: dict, user=Depends(get_current_user)):
    print("comment data:", comment)
    get_post_or_404(post_id)
    db = get_db()
    now = datetime.utcnow().isoformat()
    cur = db.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, current_user["id"], comment["content"], now),
    )
    db.commit()
    row = db.execute("SELECT * FROM comments WHERE id = ?", (cur.lastrowid,)).fetchone()
    return comment_to_dict(row)


# ---------- debug ----------
@app.get("/debug")
def debug():
    return {
        "requests": request_count,
        "db": DB_NAME,
        "last_user": current_user["username"] if current_user else None,
    }
