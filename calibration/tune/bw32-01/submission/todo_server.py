#
# todo_server.py
#
# Todo list HTTP service.
#   storage : sqlite3, one file (TODO_DB, default ./todo.db)
#   auth    : bearer token, own compact format, see make_token() / check_token()
#
# run:  uvicorn todo_server:app --port 8000
#

import base64
import hashlib
import hmac
import os
import sqlite3
import struct
import threading
import time

from fastapi import FastAPI, Header, HTTPException, Request, Response

# ---- config ---------------------------------------------------------------

DB_PATH          = os.environ.get("TODO_DB", "todo.db")
TOKEN_KEY        = bytes.fromhex("6b1f9c2ea4d07733c8e15a90f2b4d6e81c3a5f7092d4b6e8a0c2e4f6081a3c5e")
TOKEN_LIFETIME_S = 3600
PBKDF2_ROUNDS    = 200000
SALT_LEN         = 16

MAX_USERNAME_LEN = 32
MIN_PASSWORD_LEN = 8
MAX_PASSWORD_LEN = 128
MAX_TITLE_LEN    = 200
MAX_DESC_LEN     = 2000

PAGE_DEFAULT     = 20
PAGE_MAX         = 100

FAILED_LOGIN_DELAY_S = 1.0

# token layout, big endian, 24 bytes, then urlsafe base64:
#   [0..3]   user id       u32
#   [4..7]   expiry        u32  (unix seconds)
#   [8..23]  hmac-sha256(key, bytes 0..7) truncated to 16 bytes
TOKEN_FMT     = ">II"
TOKEN_HDR_LEN = struct.calcsize(TOKEN_FMT)
TOKEN_MAC_LEN = 16

UPDATABLE = ("title", "description", "done")

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT    NOT NULL UNIQUE,
    pw_hash  TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    title       TEXT    NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS todos_owner ON todos(owner_id);
"""

# ---- db -------------------------------------------------------------------
# one connection, shared. sqlite serialises writers anyway, the lock keeps
# cursor use from two worker threads from interleaving.

_db_lock = threading.Lock()
_db = None


def db_open():
    global _db
    _db = sqlite3.connect(DB_PATH, check_same_thread=False)
    _db.row_factory = sqlite3.Row
    _db.execute("PRAGMA foreign_keys = ON")
    _db.executescript(SCHEMA)
    _db.commit()


def db_query(sql, args=()):
    with _db_lock:
        return _db.execute(sql, args).fetchall()


def db_exec(sql, args=()):
    """returns (lastrowid, rowcount)"""
    with _db_lock:
        cur = _db.execute(sql, args)
        _db.commit()
        return cur.lastrowid, cur.rowcount


# ---- passwords ------------------------------------------------------------
# stored as "<salt hex>$<pbkdf2 hex>"

def hash_password(pw):
    salt = os.urandom(SALT_LEN)
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, PBKDF2_ROUNDS)
    return salt.hex() + "$" + dk.hex()


def check_password(pw, stored):
    salt_hex, dk_hex = stored.split("$")
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), bytes.fromhex(salt_hex), PBKDF2_ROUNDS)
    return hmac.compare_digest(dk.hex(), dk_hex)


# ---- tokens ---------------------------------------------------------------

def make_token(user_id):
    exp = int(time.time()) + TOKEN_LIFETIME_S
    hdr = struct.pack(TOKEN_FMT, user_id, exp)
    mac = hmac.new(TOKEN_KEY, hdr, hashlib.sha256).digest()[:TOKEN_MAC_LEN]
    return base64.urlsafe_b64encode(hdr + mac).decode()


def check_token(tok):
    """returns user id, or -1 if the token is bad or expired"""
    try:
        raw = base64.urlsafe_b64decode(tok)
    except Exception:
        return -1
    if len(raw) != TOKEN_HDR_LEN + TOKEN_MAC_LEN:
        return -1
    hdr = raw[:TOKEN_HDR_LEN]
    mac = raw[TOKEN_HDR_LEN:]
    if hmac.new(TOKEN_KEY, hdr, hashlib.sha256).digest()[:TOKEN_MAC_LEN] != mac:
        return -1
    user_id, exp = struct.unpack(TOKEN_FMT, hdr)
    if exp < time.time():
        return -1
    return user_id


# ---- helpers --------------------------------------------------------------

def fail(code, msg):
    raise HTTPException(status_code=code, detail=msg)


def auth(authorization):
    if authorization is None or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token", headers={"WWW-Authenticate": "Bearer"})
    uid = check_token(authorization[7:])
    if uid < 0:
        raise HTTPException(401, "bad token", headers={"WWW-Authenticate": "Bearer"})
    return uid


def check_str(body, key, max_len, required):
    v = body.get(key)
    if v is None:
        if required:
            fail(422, key + ": missing")
        return None
    if not isinstance(v, str):
        fail(422, key + ": must be a string")
    if len(v) > max_len:
        fail(422, "%s: too long (max %d)" % (key, max_len))
    return v


def row_to_todo(r):
    return {
        "id": r["id"],
        "title": r["title"],
        "description": r["description"],
        "done": bool(r["done"]),
    }


# ---- app ------------------------------------------------------------------

app = FastAPI(title="todo_server")


@app.post("/users", status_code=201)
async def signup(request: Request):
    body = await request.json()
    username = check_str(body, "username", MAX_USERNAME_LEN, True)
    password = check_str(body, "password", MAX_PASSWORD_LEN, True)
    if len(password) < MIN_PASSWORD_LEN:
        fail(422, "password: too short (min %d)" % MIN_PASSWORD_LEN)

    rows = db_query("SELECT id FROM users WHERE username = ?", (username,))
    if rows:
        fail(409, "username taken")

    pw_hash = hash_password(password)
    uid, _ = db_exec("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    return {"id": uid, "username": username}


@app.post("/login")
async def login(request: Request):
    body = await request.json()
    username = check_str(body, "username", MAX_USERNAME_LEN, True)
    password = check_str(body, "password", MAX_PASSWORD_LEN, True)

    rows = db_query("SELECT id, pw_hash FROM users WHERE username = ?", (username,))
    if not rows or not check_password(password, rows[0]["pw_hash"]):
        time.sleep(FAILED_LOGIN_DELAY_S)  # slow down brute force
        fail(401, "bad username or password")

    return {"access_token": make_token(rows[0]["id"]), "token_type": "bearer"}


@app.post("/todos", status_code=201)
async def create_todo(request: Request, authorization: str = Header(None)):
    uid = auth(authorization)
    body = await request.json()
    title = check_str(body, "title", MAX_TITLE_LEN, True)
    desc = check_str(body, "description", MAX_DESC_LEN, False)
    done = 1 if body.get("done") else 0

    tid, _ = db_exec(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (uid, title, desc, done),
    )
    return {"id": tid, "title": title, "description": desc, "done": bool(done)}


@app.get("/todos")
def list_todos(limit: int = PAGE_DEFAULT, offset: int = 0, authorization: str = Header(None)):
    uid = auth(authorization)
    if limit < 1 or limit > PAGE_MAX:
        fail(422, "limit: must be 1..%d" % PAGE_MAX)
    if offset < 0:
        fail(422, "offset: must be >= 0")

    rows = db_query(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (uid, limit, offset),
    )
    return [row_to_todo(r) for r in rows]


@app.get("/todos/{todo_id}")
def get_todo(todo_id: int, authorization: str = Header(None)):
    uid = auth(authorization)
    rows = db_query("SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, uid))
    if not rows:
        fail(404, "todo not found")
    return row_to_todo(rows[0])


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request, authorization: str = Header(None)):
    uid = auth(authorization)
    body = await request.json()

    sets = []
    args = []
    for col in UPDATABLE:
        if col not in body:
            continue
        if col == "title":
            val = check_str(body, "title", MAX_TITLE_LEN, True)
        elif col == "description":
            val = check_str(body, "description", MAX_DESC_LEN, False)
        else:
            val = 1 if body["done"] else 0
        sets.append(col + " = ?")
        args.append(val)

    if not sets:
        fail(422, "nothing to update")

    args += [todo_id, uid]
    _, n = db_exec("UPDATE todos SET " + ", ".join(sets) + " WHERE id = ? AND owner_id = ?", args)
    if n == 0:
        fail(404, "todo not found")

    rows = db_query("SELECT * FROM todos WHERE id = ?", (todo_id,))
    return row_to_todo(rows[0])


@app.delete("/todos/{todo_id}", status_code=204)
def delete_todo(todo_id: int, authorization: str = Header(None)):
    uid = auth(authorization)
    _, n = db_exec("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, uid))
    if n == 0:
        fail(404, "todo not found")
    return Response(status_code=204)


db_open()
