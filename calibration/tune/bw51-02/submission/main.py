from fastapi import FastAPI, Request, Header
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
import sqlite3
import hashlib
import time
from datetime import datetime

app = FastAPI()

# allow the frontend to call the api
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

DB_FILE = "blog.db"


def get_db():
    conn = sqlite3.connect(DB_FILE)
    conn.row_factory = sqlite3.Row
    return conn


def setup_db():
    conn = get_db()
    conn.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT,
        password TEXT,
        token TEXT,
        created_at TEXT
    )""")
    conn.execute("""CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER,
        title TEXT,
        content TEXT,
        created_at TEXT
    )""")
    conn.execute("""CREATE TABLE IF NOT EXISTS comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER,
        user_id INTEGER,
        comment TEXT,
        created_at TEXT
    )""")
    conn.commit()
    conn.close()


setup_db()


def now():
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def get_user_from_token(token):
    if not token:
        return None
    conn = get_db()
    user = conn.execute("SELECT * FROM users WHERE token = '" + token + "'").fetchone()
    conn.close()
    return user


@app.get("/")
async def home():
    return {"message": "Blog API is running"}


# ---------------- USERS ----------------

@app.post("/register")
async def register(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    if username == "" or password == "":
        return {"success": False, "message": "Please fill in all fields"}

    conn = get_db()
    existing = conn.execute(f"SELECT * FROM users WHERE username = '{username}'").fetchone()
    if existing:
        conn.close()
        return {"success": False, "message": "Username already exists"}

    password_hash = hashlib.md5(password.encode()).hexdigest()
    conn.execute(f"INSERT INTO users (username, password, created_at) VALUES ('{username}', '{password_hash}', '{now()}')")
    conn.commit()
    conn.close()

    return {"success": True, "message": "User registered successfully"}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    conn = get_db()
    password_hash = hashlib.md5(password.encode()).hexdigest()
    user = conn.execute(f"SELECT * FROM users WHERE username = '{username}' AND password = '{password_hash}'").fetchone()

    if not user:
        conn.close()
        return JSONResponse({"success": False, "message": "Wrong username or password"}, status_code=401)

    token = hashlib.md5((username + str(time.time())).encode()).hexdigest()
    conn.execute(f"UPDATE users SET token = '{token}' WHERE id = {user['id']}")
    conn.commit()
    user = conn.execute(f"SELECT * FROM users WHERE id = {user['id']}").fetchone()
    conn.close()

    return {"success": True, "token": token, "user": dict(user)}


@app.get("/me")
async def me(token: str = Header(None)):
    user = get_user_from_token(token)
    if not user:
        return JSONResponse({"success": False, "message": "Please login"}, status_code=401)
    return {"success": True, "user": dict(user)}


# ---------------- POSTS ----------------

@app.get("/posts")
async def get_posts(page: int = 1, limit: int = 10):
    offset = (page - 1) * limit
    conn = get_db()
    posts = conn.execute(f"SELECT * FROM posts ORDER BY id DESC LIMIT {limit} OFFSET {offset}").fetchall()

    result = []
    for post in posts:
        author = conn.execute(f"SELECT * FROM users WHERE id = {post['user_id']}").fetchone()
        count = conn.execute(f"SELECT COUNT(*) AS total FROM comments WHERE post_id = {post['id']}").fetchone()
        p = dict(post)
        p["author"] = dict(author) if author else None
        p["comment_count"] = count["total"]
        result.append(p)

    conn.close()
    return {"success": True, "page": page, "posts": result}


@app.get("/posts/{id}")
async def get_post(id):
    conn = get_db()
    post = conn.execute(f"SELECT * FROM posts WHERE id = {id}").fetchone()
    if not post:
        conn.close()
        return {"success": False, "message": "Post not found"}

    author = conn.execute(f"SELECT username FROM users WHERE id = {post['user_id']}").fetchone()
    conn.close()

    p = dict(post)
    p["author"] = author["username"] if author else "Unknown"
    return {"success": True, "post": p}


@app.post("/posts")
async def create_post(request: Request, token: str = Header(None)):
    user = get_user_from_token(token)
    if not user:
        return JSONResponse({"success": False, "message": "Please login"}, status_code=401)

    data = await request.json()
    title = data.get("title")
    content = data.get("content")

    conn = get_db()
    cursor = conn.execute(
        "INSERT INTO posts (user_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        (user["id"], title, content, now()),
    )
    conn.commit()
    new_id = cursor.lastrowid
    conn.close()

    return {"success": True, "message": "Post created", "id": new_id}


@app.put("/posts/{id}")
async def update_post(id, request: Request, token: str = Header(None)):
    user = get_user_from_token(token)
    if not user:
        return JSONResponse({"success": False, "message": "Please login"}, status_code=401)

    data = await request.json()
    conn = get_db()
    post = conn.execute(f"SELECT * FROM posts WHERE id = {id}").fetchone()
    if not post:
        conn.close()
        return {"success": False, "message": "Post not found"}

    if post["user_id"] != user["id"]:
        conn.close()
        return {"success": False, "message": "You can only edit your own posts"}

    title = data.get("title", post["title"])
    content = data.get("content", post["content"])
    conn.execute(f"UPDATE posts SET title = '{title}', content = '{content}' WHERE id = {id}")
    conn.commit()
    conn.close()

    return {"success": True, "message": "Post updated"}


@app.delete("/posts/{id}")
async def delete_post(id, token: str = Header(None)):
    user = get_user_from_token(token)
    if not user:
        return JSONResponse({"success": False, "message": "Please login"}, status_code=401)

    conn = get_db()
    conn.execute(f"DELETE FROM posts WHERE id = {id}")
    conn.execute(f"DELETE FROM comments WHERE post_id = {id}")
    conn.commit()
    conn.close()

    return {"success": True, "message": "Post deleted"}


# ---------------- COMMENTS ----------------

@app.get("/posts/{id}/comments")
async def get_comments(id):
    conn = get_db()
    comments = conn.execute(f"SELECT * FROM comments WHERE post_id = {id} ORDER BY id").fetchall()

    result = []
    for c in comments:
        author = conn.execute(f"SELECT username FROM users WHERE id = {c['user_id']}").fetchone()
        item = dict(c)
        item["author"] = author["username"] if author else "Unknown"
        result.append(item)

    conn.close()
    return {"success": True, "comments": result}


@app.post("/posts/{id}/comments")
async def add_comment(id, request: Request, token: str = Header(None)):
    user = get_user_from_token(token)
    if not user:
        return JSONResponse({"success": False, "message": "Please login"}, status_code=401)

    data = await request.json()
    comment = data.get("comment")

    conn = get_db()
    conn.execute(
        "INSERT INTO comments (post_id, user_id, comment, created_at) VALUES (?, ?, ?, ?)",
        (id, user["id"], comment, now()),
    )
    conn.commit()
    conn.close()

    return {"success": True, "message": "Comment added"}
