# todo.py - small todo service
#
# One file, stdlib sqlite3 + hashlib/hmac. FastAPI only for routing.
# Run: TODO_SECRET=... uvicorn todo:app

import base64
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import time

from fastapi import Body, FastAPI, Header, HTTPException, Query, Response

DB_PATH = os.environ.get("TODO_DB", "todo.db")
SECRET = os.environ.get("TODO_SECRET", "").encode()
TOKEN_TTL = 3600
PBKDF2_ITER = 200_000
PAGE_DEF = 20
PAGE_MAX = 100
TITLE_MAX = 200
DESC_MAX = 2000

if len(SECRET) < 16:
    raise SystemExit("TODO_SECRET must be set (>= 16 bytes)")

app = FastAPI(title="todo", docs_url=None, redoc_url=None)


# ---------------------------------------------------------------- storage

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id       INTEGER PRIMARY KEY,
    name     TEXT UNIQUE NOT NULL,
    salt     BLOB NOT NULL,
    pwhash   BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id       INTEGER PRIMARY KEY,
    owner    INTEGER NOT NULL REFERENCES users(id),
    title    TEXT NOT NULL,
    descr    TEXT,
    done     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS todos_owner ON todos(owner);
"""


def db():
    c = sqlite3.connect(DB_PATH)
    c.row_factory = sqlite3.Row
    return c


def db_init():
    c = db()
    c.executescript(SCHEMA)
    c.commit()
    c.close()


db_init()


def row2todo(r):
    return {"id": r["id"], "title": r["title"], "description": r["descr"], "done": bool(r["done"])}


# ---------------------------------------------------------------- auth

def pw_hash(pw: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, PBKDF2_ITER)


def b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def token_make(uid: int) -> str:
    # payload.sig, payload = {"u": uid, "e": expiry}
    payload = b64(json.dumps({"u": uid, "e": int(time.time()) + TOKEN_TTL}).encode())
    sig = b64(hmac.new(SECRET, payload.encode(), hashlib.sha256).digest())
    return payload + "." + sig


def token_check(tok: str) -> int:
    try:
        payload, sig = tok.split(".")
        want = b64(hmac.new(SECRET, payload.encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(sig, want):
            return -1
        d = json.loads(unb64(payload))
        if d["e"] < time.time():
            return -1
        return int(d["u"])
    except Exception:
        return -1


def auth(authorization) -> int:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token", headers={"WWW-Authenticate": "Bearer"})
    uid = token_check(authorization[7:])
    if uid < 0:
        raise HTTPException(401, "bad token", headers={"WWW-Authenticate": "Bearer"})
    return uid


def check_creds(body):
    name = body.get("username")
    pw = body.get("password")
    if not isinstance(name, str) or not (3 <= len(name) <= 32):
        raise HTTPException(422, "username: string, 3..32 chars")
    if not isinstance(pw, str) or not (8 <= len(pw) <= 128):
        raise HTTPException(422, "password: string, 8..128 chars")
    return name, pw


@app.post("/signup", status_code=201)
def signup(body: dict = Body(...)):
    name, pw = check_creds(body)
    salt = secrets.token_bytes(16)
    c = db()
    try:
        cur = c.execute("INSERT INTO users(name, salt, pwhash) VALUES (?, ?, ?)",
                        (name, salt, pw_hash(pw, salt)))
        c.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(409, "username taken")
    finally:
        c.close()
    return {"id": cur.lastrowid, "username": name}


@app.post("/login")
def login(body: dict = Body(...)):
    name, pw = check_creds(body)
    c = db()
    r = c.execute("SELECT id, salt, pwhash FROM users WHERE name = ?", (name,)).fetchone()
    c.close()
    if r is None or not hmac.compare_digest(pw_hash(pw, r["salt"]), r["pwhash"]):
        raise HTTPException(401, "bad username or password")
    return {"access_token": token_make(r["id"]), "token_type": "bearer"}


# ---------------------------------------------------------------- todos

def check_todo(body, partial):
    out = {}
    if "title" in body or not partial:
        t = body.get("title")
        if not isinstance(t, str) or not (1 <= len(t) <= TITLE_MAX):
            raise HTTPException(422, f"title: string, 1..{TITLE_MAX} chars")
        out["title"] = t
    if "description" in body:
        d = body["description"]
        if d is not None and (not isinstance(d, str) or len(d) > DESC_MAX):
            raise HTTPException(422, f"description: string or null, max {DESC_MAX} chars")
        out["descr"] = d
    if "done" in body:
        if not isinstance(body["done"], bool):
            raise HTTPException(422, "done: boolean")
        out["done"] = int(body["done"])
    return out


def get_own(c, uid, tid):
    r = c.execute("SELECT * FROM todos WHERE id = ? AND owner = ?", (tid, uid)).fetchone()
    if r is None:
        raise HTTPException(404, "no such todo")
    return r


@app.post("/todos", status_code=201)
def todo_create(body: dict = Body(...), authorization: str = Header(None)):
    uid = auth(authorization)
    f = check_todo(body, partial=False)
    c = db()
    cur = c.execute("INSERT INTO todos(owner, title, descr, done) VALUES (?, ?, ?, ?)",
                    (uid, f["title"], f.get("descr"), f.get("done", 0)))
    c.commit()
    r = get_own(c, uid, cur.lastrowid)
    c.close()
    return row2todo(r)


@app.get("/todos")
def todo_list(limit: int = Query(PAGE_DEF, ge=1, le=PAGE_MAX),
              offset: int = Query(0, ge=0),
              authorization: str = Header(None)):
    uid = auth(authorization)
    c = db()
    rows = c.execute("SELECT * FROM todos WHERE owner = ? ORDER BY id LIMIT ? OFFSET ?",
                     (uid, limit, offset)).fetchall()
    c.close()
    return [row2todo(r) for r in rows]


@app.get("/todos/{tid}")
def todo_get(tid: int, authorization: str = Header(None)):
    uid = auth(authorization)
    c = db()
    try:
        return row2todo(get_own(c, uid, tid))
    finally:
        c.close()


@app.patch("/todos/{tid}")
def todo_update(tid: int, body: dict = Body(...), authorization: str = Header(None)):
    uid = auth(authorization)
    f = check_todo(body, partial=True)
    c = db()
    try:
        get_own(c, uid, tid)
        if f:
            # keys come from check_todo only: title / descr / done
            sets = ", ".join(f"{k} = ?" for k in f)
            c.execute(f"UPDATE todos SET {sets} WHERE id = ? AND owner = ?",
                      (*f.values(), tid, uid))
            c.commit()
        return row2todo(get_own(c, uid, tid))
    finally:
        c.close()


@app.delete("/todos/{tid}", status_code=204)
def todo_delete(tid: int, authorization: str = Header(None)):
    uid = auth(authorization)
    c = db()
    try:
        get_own(c, uid, tid)
        c.execute("DELETE FROM todos WHERE id = ? AND owner = ?", (tid, uid))
        c.commit()
    finally:
        c.close()
    return Response(status_code=204)
