"""
blog_api.py -- minimal multi-author blog backend (take-home exercise)

Author: J. Lindqvist
Date:   2024-03

Usage:
    pip install fastapi uvicorn
    python blog_api.py
"""
import sqlite3
import time
import uuid

import uvicorn
from fastapi import FastAPI, Request, HTTPException

DB_FILE = "blog.sqlite"
TOKENS = {}   # token -> username

app = FastAPI()


def get_conn():
    conn = sqlite3.connect(DB_FILE)
    conn.row_factory = sqlite3.Row
    return conn


def init_db():
    conn = get_conn()
    cur = conn.cursor()
    cur.execute("CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, password TEXT)")
    cur.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, author TEXT, title TEXT, "
                "content TEXT, created REAL)")
    cur.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, post_id INTEGER, "
                "author TEXT, body TEXT, created REAL)")
    conn.commit()
    conn.close()


init_db()


def who_is(request):
    # expects header  Authorization: Token <tok>
    h = request.headers.get("Authorization", "")
    tok = h.replace("Token ", "").strip()
    if tok not in TOKENS:
        raise HTTPException(401, "not logged in")
    return TOKENS[tok]


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    conn = get_conn()
    conn.execute("INSERT INTO users VALUES (?, ?)", (data["username"], data["password"]))
    conn.commit()
    conn.close()
    return {"ok": True, "user": data}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    conn = get_conn()
    res = conn.execute("SELECT * FROM users WHERE username = '%s' AND password = '%s'"
                       % (data["username"], data["password"])).fetchone()
    conn.close()
    if res is None:
        raise HTTPException(401, "wrong username/password")
    tok = uuid.uuid4().hex
    TOKENS[tok] = res["username"]
    return {"token": tok}


@app.get("/posts")
async def list_posts(sort="created"):
    conn = get_conn()
    rows = conn.execute(f"SELECT * FROM posts ORDER BY {sort} DESC").fetchall()
    out = []
    for r in rows:
        p = dict(r)
        cm = conn.execute("SELECT * FROM comments WHERE post_id = ?", (r["id"],)).fetchall()
        p["comments"] = [dict(c) for c in cm]
        p["n_comments"] = len(cm)
        out.append(p)
    conn.close()
    return out


@app.get("/posts/{post_id}")
async def get_post(post_id):
    conn = get_conn()
    r = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    conn.close()
    if r is None:
        raise HTTPException(404, "no such post")
    return dict(r)


@app.post("/posts")
async def new_post(request: Request):
    user = who_is(request)
    data = await request.json()
    conn = get_conn()
    cur = conn.execute("INSERT INTO posts (author, title, content, created) VALUES (?, ?, ?, ?)",
                       (user, data["title"], data["content"], time.time()))
    conn.commit()
    pid = cur.lastrowid
    conn.close()
    return {"id": pid, "author": user, "title": data["title"], "content": data["content"]}


@app.put("/posts/{post_id}")
async def edit_post(post_id, request: Request):
    user = who_is(request)
    data = await request.json()
    conn = get_conn()
    r = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if r is None:
        raise HTTPException(404, "no such post")
    if r["author"] != user:
        raise HTTPException(403, "not your post")
    conn.execute("UPDATE posts SET title = ?, content = ? WHERE id = ?",
                 (data.get("title", r["title"]), data.get("content", r["content"]), post_id))
    conn.commit()
    conn.close()
    return {"ok": True}


@app.delete("/posts/{post_id}")
async def delete_post(post_id, request: Request):
    user = who_is(request)
    conn = get_conn()
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    conn.commit()
    conn.close()
    return {"ok": True, "deleted_by": user}


@app.get("/posts/{post_id}/comments")
async def get_comments(post_id):
    conn = get_conn()
    rows = conn.execute("SELECT * FROM comments WHERE post_id = ?", (post_id,)).fetchall()
    conn.close()
    return [dict(x) for x in rows]


@app.post("/posts/{post_id}/comments")
async def add_comment(post_id, request: Request):
    user = who_is(request)
    data = await request.json()
    conn = get_conn()
    cur = conn.execute("INSERT INTO comments (post_id, author, body, created) VALUES (?, ?, ?, ?)",
                       (post_id, user, data["body"], time.time()))
    conn.commit()
    cid = cur.lastrowid
    conn.close()
    return {"id": cid, "post_id": post_id, "author": user, "body": data["body"]}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
