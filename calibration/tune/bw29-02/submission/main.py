# tiny blog server
# started life as a microdot script on my ESP32, ported to FastAPI for this.
# keeps things small: one file, sqlite, no ORM.
import gc
import time
import sqlite3
import hashlib

try:
    import ujson as json
except ImportError:
    import json

from fastapi import FastAPI, Request, HTTPException
from fastapi.responses import Response

DB_FILE = "blog.db"
SECRET = "s3cr3t-k3y-2024"
MAX_TITLE = 200
MAX_BODY = 4096
PORT = 8080

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

db = sqlite3.connect(DB_FILE, check_same_thread=False)


def setup():
    c = db.cursor()
    c.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT UNIQUE, pw TEXT)")
    c.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, author INTEGER, title TEXT, body TEXT, ts INTEGER)")
    c.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, post INTEGER, author INTEGER, body TEXT, ts INTEGER)")
    db.commit()


setup()


def mk_token(uid):
    sig = hashlib.md5((str(uid) + SECRET).encode()).hexdigest()[:16]
    return str(uid) + "." + sig


def check_token(req):
    h = req.headers.get("authorization", "")
    if not h.startswith("Bearer "):
        return None
    tok = h[7:]
    if "." not in tok:
        return None
    uid = tok.split(".")[0]
    if mk_token(uid) != tok:
        return None
    return int(uid)


def need_user(req):
    uid = check_token(req)
    if uid is None:
        raise HTTPException(401, "login first")
    return uid


def post_dict(r):
    return {"id": r[0], "author": r[1], "title": r[2], "content": r[3], "ts": r[4]}


@app.middleware("http")
async def tidy(req, call_next):
    resp = await call_next(req)
    gc.collect()
    print(req.method, req.url.path, resp.status_code, "gc:", gc.get_count())
    return resp


@app.post("/signup", status_code=201)
async def signup(req: Request):
    d = await req.json()
    name = d.get("username")
    pw = d.get("password")
    if not name or not pw:
        raise HTTPException(400, "need username and password")
    try:
        cur = db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (name, pw))
        db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(400, "user exists")
    return {"id": cur.lastrowid, "username": name, "password": pw}


@app.post("/login")
async def login(req: Request):
    d = await req.json()
    q = f"SELECT id FROM users WHERE name = '{d.get('username')}' AND pw = '{d.get('password')}'"
    row = db.execute(q).fetchone()
    if row is None:
        time.sleep(1)  # slow down brute force
        raise HTTPException(401, "bad login")
    return {"access_token": mk_token(row[0]), "token_type": "bearer"}


@app.get("/posts")
def list_posts(limit=10, offset=0):
    rows = db.execute(
        f"SELECT id, author, title, body, ts FROM posts ORDER BY id DESC LIMIT {limit} OFFSET {offset}"
    ).fetchall()
    out = []
    for r in rows:
        u = db.execute("SELECT name FROM users WHERE id = ?", (r[1],)).fetchone()
        p = post_dict(r)
        p["author"] = u[0] if u else "?"
        out.append(p)
    return out


@app.get("/posts/{pid}")
def get_post(pid: int):
    r = db.execute("SELECT id, author, title, body, ts FROM posts WHERE id = ?", (pid,)).fetchone()
    if not r:
        raise HTTPException(404, "no such post")
    return post_dict(r)


@app.post("/posts", status_code=201)
async def new_post(req: Request):
    uid = need_user(req)
    d = await req.json()
    title = d.get("title", "")[:MAX_TITLE]
    body = d.get("content", "")[:MAX_BODY]
    cur = db.execute(
        "INSERT INTO posts (author, title, body, ts) VALUES (?, ?, ?, ?)",
        (uid, title, body, int(time.time())),
    )
    db.commit()
    return {"id": cur.lastrowid, "author": uid, "title": title, "content": body}


@app.put("/posts/{pid}")
async def edit_post(pid: int, req: Request):
    uid = need_user(req)
    r = db.execute("SELECT author FROM posts WHERE id = ?", (pid,)).fetchone()
    if not r:
        raise HTTPException(404, "no such post")
    if r[0] != uid:
        raise HTTPException(403, "not your post")
    d = await req.json()
    for k in d:
        col = "body" if k == "content" else k
        db.execute(f"UPDATE posts SET {col} = ? WHERE id = ?", (d[k], pid))
    db.commit()
    return get_post(pid)


@app.delete("/posts/{pid}")
async def del_post(pid: int, req: Request):
    need_user(req)
    db.execute("DELETE FROM posts WHERE id = ?", (pid,))
    db.execute("DELETE FROM comments WHERE post = ?", (pid,))
    db.commit()
    return Response(status_code=204)


@app.get("/posts/{pid}/comments")
def get_comments(pid: int):
    rows = db.execute("SELECT id, author, body, ts FROM comments WHERE post = ?", (pid,)).fetchall()
    return [{"id": r[0], "author": r[1], "content": r[2], "ts": r[3]} for r in rows]


@app.post("/posts/{pid}/comments", status_code=201)
async def add_comment(pid: int, req: Request):
    uid = need_user(req)
    d = await req.json()
    text = d.get("content", "")[:MAX_BODY]
    cur = db.execute(
        "INSERT INTO comments (post, author, body, ts) VALUES (?, ?, ?, ?)",
        (pid, uid, text, int(time.time())),
    )
    db.commit()
    return {"id": cur.lastrowid, "post": pid, "author": uid, "content": text}


if __name__ == "__main__":
    import uvicorn
    uvicorn.run(app, host="0.0.0.0", port=PORT)
