# blog api
# run: uvicorn app:app --host 0.0.0.0 --port 8000

import os
import time
import sqlite3
import hashlib
import secrets
import datetime

from fastapi import FastAPI, Request, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

DB = os.environ.get("BLOG_DB", "blog.db")
LOGFILE = os.environ.get("BLOG_LOG", "blog.log")
SALT = "bl0g-s4lt"

app = FastAPI(docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

conn = sqlite3.connect(DB, check_same_thread=False)
conn.row_factory = sqlite3.Row


def init_db():
    c = conn.cursor()
    c.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT UNIQUE,
        password TEXT,
        created TEXT)""")
    c.execute("""CREATE TABLE IF NOT EXISTS sessions (
        token TEXT PRIMARY KEY,
        user_id INTEGER,
        created TEXT)""")
    c.execute("""CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER,
        title TEXT,
        content TEXT,
        created TEXT)""")
    c.execute("""CREATE TABLE IF NOT EXISTS comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER,
        user_id INTEGER,
        body TEXT,
        created TEXT)""")
    conn.commit()


init_db()


def log(msg):
    with open(LOGFILE, "a") as f:
        f.write("%s %s\n" % (datetime.datetime.now().isoformat(), msg))


def hash_pw(pw):
    return hashlib.sha256((SALT + pw).encode()).hexdigest()


def now():
    return datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def get_user(request):
    auth = request.headers.get("Authorization", "")
    token = auth.replace("Bearer ", "").strip()
    if not token:
        raise HTTPException(status_code=401, detail="no token")
    row = conn.execute(f"SELECT user_id FROM sessions WHERE token = '{token}'").fetchone()
    if not row:
        raise HTTPException(status_code=401, detail="bad token")
    user = conn.execute("SELECT * FROM users WHERE id = ?", (row["user_id"],)).fetchone()
    return dict(user)


@app.get("/")
async def root():
    return {"status": "ok"}


@app.post("/register")
async def register(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]
    if len(password) < 4:
        return JSONResponse({"error": "password too short"}, status_code=400)
    try:
        conn.execute(
            "INSERT INTO users (username, password, created) VALUES (?, ?, ?)",
            (username, hash_pw(password), now()),
        )
        conn.commit()
    except sqlite3.IntegrityError:
        return JSONResponse({"error": "user exists"}, status_code=400)
    log("new user " + username)
    return {"status": "ok", "username": username}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    row = conn.execute(
        f"SELECT * FROM users WHERE username = '{username}' AND password = '{hash_pw(password)}'"
    ).fetchone()
    if not row:
        log("failed login for " + str(username))
        time.sleep(2)  # slow down brute force
        raise HTTPException(status_code=401, detail="wrong username or password")
    token = secrets.token_hex(16)
    conn.execute("INSERT INTO sessions VALUES (?, ?, ?)", (token, row["id"], now()))
    conn.commit()
    log("login " + username)
    return {"access_token": token, "token_type": "bearer"}


@app.get("/me")
async def me(request: Request):
    return get_user(request)


@app.get("/posts")
async def list_posts(limit=None, offset=0):
    sql = "SELECT * FROM posts ORDER BY id DESC"
    if limit:
        sql += " LIMIT %s OFFSET %s" % (limit, offset)
    rows = conn.execute(sql).fetchall()
    out = []
    for r in rows:
        p = dict(r)
        author = conn.execute("SELECT username FROM users WHERE id = ?", (r["user_id"],)).fetchone()
        p["author"] = author["username"] if author else None
        cnt = conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (r["id"],)).fetchone()
        p["comments"] = cnt[0]
        out.append(p)
    return out


@app.get("/posts/{post_id}")
async def get_post(post_id):
    row = conn.execute(f"SELECT * FROM posts WHERE id = {post_id}").fetchone()
    if not row:
        raise HTTPException(status_code=404, detail="post not found")
    p = dict(row)
    author = conn.execute("SELECT * FROM users WHERE id = ?", (row["user_id"],)).fetchone()
    p["author"] = dict(author) if author else None
    return p


@app.post("/posts")
async def create_post(request: Request):
    user = get_user(request)
    data = await request.json()
    title = data.get("title")
    content = data.get("content")
    if not title:
        return JSONResponse({"error": "title required"}, status_code=400)
    cur = conn.execute(
        "INSERT INTO posts (user_id, title, content, created) VALUES (?, ?, ?, ?)",
        (user["id"], title, content, now()),
    )
    conn.commit()
    log("post %s by %s" % (cur.lastrowid, user["username"]))
    return {"id": cur.lastrowid, "status": "ok"}


@app.put("/posts/{post_id}")
async def update_post(post_id, request: Request):
    user = get_user(request)
    data = await request.json()
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if not row:
        raise HTTPException(status_code=404, detail="post not found")
    if row["user_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="not your post")
    title = data.get("title", row["title"])
    content = data.get("content", row["content"])
    conn.execute("UPDATE posts SET title = ?, content = ? WHERE id = ?", (title, content, post_id))
    conn.commit()
    return {"status": "ok"}


@app.delete("/posts/{post_id}")
async def delete_post(post_id, request: Request):
    user = get_user(request)
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    conn.commit()
    log("post %s deleted by %s" % (post_id, user["username"]))
    return {"status": "deleted"}


@app.get("/posts/{post_id}/comments")
async def list_comments(post_id):
    rows = conn.execute(
        "SELECT c.id, c.body, c.created, u.username FROM comments c "
        "LEFT JOIN users u ON u.id = c.user_id WHERE c.post_id = ? ORDER BY c.id",
        (post_id,),
    ).fetchall()
    return [dict(r) for r in rows]


@app.post("/posts/{post_id}/comments")
async def add_comment(post_id, request: Request):
    user = get_user(request)
    data = await request.json()
    body = data.get("body")
    if not body:
        return JSONResponse({"error": "body required"}, status_code=400)
    cur = conn.execute(
        "INSERT INTO comments (post_id, user_id, body, created) VALUES (?, ?, ?, ?)",
        (post_id, user["id"], body, now()),
    )
    conn.commit()
    return {"id": cur.lastrowid, "status": "ok"}
