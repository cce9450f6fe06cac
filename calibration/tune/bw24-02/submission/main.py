# blog api
import sqlite3
import hashlib
import uuid
import datetime

import pandas as pd
from fastapi import FastAPI, Request, HTTPException, Header
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

DB = "blog.db"

conn = sqlite3.connect(DB, check_same_thread=False)
cur = conn.cursor()
cur.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT, password TEXT, token TEXT)")
cur.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, content TEXT, author_id INTEGER, created TEXT)")
cur.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY AUTOINCREMENT, post_id INTEGER, author_id INTEGER, text TEXT, created TEXT)")
conn.commit()


def hash_pw(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def get_user(token):
    if token is None:
        raise HTTPException(401, "not logged in")
    token = token.replace("Bearer ", "")
    df = pd.read_sql(f"SELECT * FROM users WHERE token = '{token}'", conn)
    if len(df) == 0:
        raise HTTPException(401, "bad token")
    return df.iloc[0].to_dict()


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    users = pd.read_sql("SELECT * FROM users", conn)
    if data["username"] in users["username"].values:
        return {"error": "username taken"}
    conn.execute(f"INSERT INTO users (username, password) VALUES ('{data['username']}', '{hash_pw(data['password'])}')")
    conn.commit()
    return {"msg": "ok"}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    df = pd.read_sql(f"SELECT * FROM users WHERE username = '{data['username']}' AND password = '{hash_pw(data['password'])}'", conn)
    if len(df) == 0:
        raise HTTPException(401, "wrong username or password")
    token = str(uuid.uuid4())
    conn.execute(f"UPDATE users SET token = '{token}' WHERE id = {df.iloc[0]['id']}")
    conn.commit()
    return {"access_token": token, "token_type": "bearer"}


@app.get("/users")
async def users():
    df = pd.read_sql("SELECT * FROM users", conn)
    return df.to_dict(orient="records")


@app.get("/posts")
async def list_posts(limit=10, offset=0):
    posts = pd.read_sql("SELECT * FROM posts", conn)
    users = pd.read_sql("SELECT id, username FROM users", conn)
    df = posts.merge(users, left_on="author_id", right_on="id", how="left", suffixes=("", "_user"))
    df = df.drop(columns=["id_user"])
    df = df.sort_values("created", ascending=False)
    df = df.iloc[int(offset):int(offset) + int(limit)]
    return df.fillna("").to_dict(orient="records")


@app.get("/posts/{post_id}")
async def get_post(post_id):
    df = pd.read_sql(f"SELECT * FROM posts WHERE id = {post_id}", conn)
    if len(df) == 0:
        raise HTTPException(404, "post not found")
    return df.iloc[0].to_dict()


@app.post("/posts")
async def create_post(request: Request, authorization=Header(None)):
    user = get_user(authorization)
    data = await request.json()
    now = str(datetime.datetime.now())
    cur = conn.cursor()
    cur.execute(
        "INSERT INTO posts (title, content, author_id, created) VALUES (?, ?, ?, ?)",
        (data["title"], data["content"], int(user["id"]), now),
    )
    conn.commit()
    return {"id": cur.lastrowid, "title": data["title"], "content": data["content"], "author_id": int(user["id"]), "created": now}


@app.put("/posts/{post_id}")
async def edit_post(post_id, request: Request, authorization=Header(None)):
    user = get_user(authorization)
    data = await request.json()
    df = pd.read_sql(f"SELECT * FROM posts WHERE id = {post_id}", conn)
    if len(df) == 0:
        raise HTTPException(404, "post not found")
    if df.iloc[0]["author_id"] != user["id"]:
        raise HTTPException(403, "not your post")
    for k in data:
        conn.execute(f"UPDATE posts SET {k} = '{data[k]}' WHERE id = {post_id}")
    conn.commit()
    df = pd.read_sql(f"SELECT * FROM posts WHERE id = {post_id}", conn)
    return df.iloc[0].to_dict()


@app.delete("/posts/{post_id}")
async def delete_post(post_id, authorization=Header(None)):
    user = get_user(authorization)
    df = pd.read_sql(f"SELECT * FROM posts WHERE id = {post_id}", conn)
    if len(df) == 0:
        raise HTTPException(404, "post not found")
    if df.iloc[0]["author_id"] != user["id"]:
        raise HTTPException(403, "not your post")
    conn.execute(f"DELETE FROM posts WHERE id = {post_id}")
    conn.commit()
    return {"deleted": True}


@app.get("/posts/{post_id}/comments")
async def get_comments(post_id):
    comments = pd.read_sql("SELECT * FROM comments", conn)
    comments = comments[comments["post_id"] == int(post_id)]
    out = []
    for _, c in comments.iterrows():
        u = pd.read_sql(f"SELECT username FROM users WHERE id = {c['author_id']}", conn)
        row = c.to_dict()
        row["username"] = u.iloc[0]["username"] if len(u) else None
        out.append(row)
    return out


@app.post("/posts/{post_id}/comments")
async def add_comment(post_id, request: Request, authorization=Header(None)):
    user = get_user(authorization)
    data = await request.json()
    now = str(datetime.datetime.now())
    conn.execute(
        "INSERT INTO comments (post_id, author_id, text, created) VALUES (?, ?, ?, ?)",
        (int(post_id), int(user["id"]), data["text"], now),
    )
    conn.commit()
    return {"msg": "comment added"}


@app.get("/stats")
async def stats():
    posts = pd.read_sql("SELECT * FROM posts", conn)
    comments = pd.read_sql("SELECT * FROM comments", conn)
    per_post = comments.groupby("post_id").size()
    return {
        "n_posts": len(posts),
        "n_comments": len(comments),
        "avg_comments_per_post": float(per_post.mean()) if len(per_post) else 0.0,
        "avg_post_length": float(posts["content"].str.len().mean()) if len(posts) else 0.0,
    }
