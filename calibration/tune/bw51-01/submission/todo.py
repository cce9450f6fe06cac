"""
todo.py -- small multi-user todo service.

One sqlite file, one connection, one lock. Handlers are plain functions:
FastAPI runs them on its worker threads and the lock serialises access to
the connection. Tokens are "<uid>.<expiry>.<hmac-sha256>"; no JWT library,
no ORM, nothing that has to be read to be trusted.
"""

import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
import time

from fastapi import Body, Depends, FastAPI, Header, HTTPException, Response

DB_PATH = os.environ.get("TODO_DB", "todo.db")
SECRET = os.environ["TODO_SECRET"].encode()
TOKEN_TTL = int(os.environ.get("TODO_TOKEN_TTL", "3600"))
KDF_ITERS = 310_000
LIMIT_DEFAULT = 20
LIMIT_MAX = 100
TITLE_MAX = 200

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id       INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    salt     BLOB NOT NULL,
    pwhash   BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY,
    owner       INTEGER NOT NULL REFERENCES users(id),
    title       TEXT NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS todos_owner ON todos(owner, id);
"""

_lock = threading.Lock()
_db = sqlite3.connect(DB_PATH, check_same_thread=False, isolation_level=None)
_db.execute("PRAGMA journal_mode = WAL")
_db.executescript(SCHEMA)


def q(sql, args=()):
    with _lock:
        return _db.execute(sql, args).fetchall()


def q1(sql, args=()):
    rows = q(sql, args)
    return rows[0] if rows else None


def ex(sql, args=()):
    with _lock:
        cur = _db.execute(sql, args)
        return cur.lastrowid, cur.rowcount


# -- passwords ---------------------------------------------------------------

def kdf(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, KDF_ITERS)


# -- tokens ------------------------------------------------------------------

def sign(msg):
    return hmac.new(SECRET, msg.encode(), hashlib.sha256).hexdigest()


def mint(uid):
    msg = f"{uid}.{int(time.time()) + TOKEN_TTL}"
    return f"{msg}.{sign(msg)}"


def check(token):
    parts = token.split(".")
    if len(parts) != 3:
        return None
    uid, exp, mac = parts
    if not hmac.compare_digest(mac.encode(), sign(f"{uid}.{exp}").encode()):
        return None
    # mac is ours, so uid and exp are ours: plain decimal.
    if int(exp) < time.time():
        return None
    return int(uid)


def current_user(authorization: str = Header(default="")):
    scheme, _, token = authorization.partition(" ")
    uid = check(token) if scheme.lower() == "bearer" else None
    if uid is None or q1("SELECT 1 FROM users WHERE id = ?", (uid,)) is None:
        raise HTTPException(401, "missing or invalid token",
                            headers={"WWW-Authenticate": "Bearer"})
    return uid


# -- request bodies ----------------------------------------------------------

def need_str(body, key, lo, hi):
    v = body.get(key)
    if not isinstance(v, str) or not lo <= len(v) <= hi:
        raise HTTPException(422, f"{key}: string, {lo}..{hi} chars")
    return v


def todo_fields(body, partial):
    out = {}
    if "title" in body or not partial:
        out["title"] = need_str(body, "title", 1, TITLE_MAX)
    if "description" in body:
        out["description"] = body["description"]
    if "done" in body:
        out["done"] = int(bool(body["done"]))
    return out


COLS = "id, title, description, done"


def as_todo(r):
    return {"id": r[0], "title": r[1], "description": r[2], "done": bool(r[3])}


# -- routes ------------------------------------------------------------------

app = FastAPI(title="todo")


@app.post("/signup", status_code=201)
def signup(body: dict = Body()):
    username = need_str(body, "username", 3, 32)
    password = need_str(body, "password", 8, 256)
    salt = secrets.token_bytes(16)
    pwhash = kdf(password, salt)
    try:
        uid, _ = ex("INSERT INTO users (username, salt, pwhash) VALUES (?, ?, ?)",
                    (username, salt, pwhash))
    except sqlite3.IntegrityError:
        raise HTTPException(409, "username taken")
    return {"id": uid, "username": username}


@app.post("/login")
def login(body: dict = Body()):
    username = need_str(body, "username", 1, 32)
    password = need_str(body, "password", 1, 256)
    row = q1("SELECT id, salt, pwhash FROM users WHERE username = ?", (username,))
    if row is None or not hmac.compare_digest(kdf(password, row[1]), row[2]):
        raise HTTPException(401, "bad credentials",
                            headers={"WWW-Authenticate": "Bearer"})
    return {"access_token": mint(row[0]), "token_type": "bearer"}


@app.get("/todos")
def list_todos(limit: int = LIMIT_DEFAULT, offset: int = 0, uid=Depends(current_user)):
    if not 1 <= limit <= LIMIT_MAX or offset < 0:
        raise HTTPException(422, f"limit: 1..{LIMIT_MAX}, offset: >= 0")
    rows = q(f"SELECT {COLS} FROM todos WHERE owner = ? ORDER BY id LIMIT ? OFFSET ?",
             (uid, limit, offset))
    return [as_todo(r) for r in rows]


@app.post("/todos", status_code=201)
def create_todo(body: dict = Body(), uid=Depends(current_user)):
    f = todo_fields(body, partial=False)
    f["owner"] = uid
    names = ", ".join(f)
    marks = ", ".join("?" * len(f))
    tid, _ = ex(f"INSERT INTO todos ({names}) VALUES ({marks})", tuple(f.values()))
    return as_todo(q1(f"SELECT {COLS} FROM todos WHERE id = ?", (tid,)))


@app.get("/todos/{tid}")
def get_todo(tid: int, uid=Depends(current_user)):
    r = q1(f"SELECT {COLS} FROM todos WHERE id = ? AND owner = ?", (tid, uid))
    if r is None:
        raise HTTPException(404, "no such todo")
    return as_todo(r)


@app.put("/todos/{tid}")
def update_todo(tid: int, body: dict = Body(), uid=Depends(current_user)):
    f = todo_fields(body, partial=True)
    if f:
        sets = ", ".join(f"{k} = ?" for k in f)
        ex(f"UPDATE todos SET {sets} WHERE id = ? AND owner = ?", (*f.values(), tid, uid))
    r = q1(f"SELECT {COLS} FROM todos WHERE id = ? AND owner = ?", (tid, uid))
    if r is None:
        raise HTTPException(404, "no such todo")
    return as_todo(r)


@app.delete("/todos/{tid}", status_code=204)
def delete_todo(tid: int, uid=Depends(current_user)):
    _, n = ex("DELETE FROM todos WHERE id = ? AND owner = ?", (tid, uid))
    if n == 0:
        raise HTTPException(404, "no such todo")
    return Response(status_code=204)
