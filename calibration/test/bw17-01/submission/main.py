# todo api. single file, sqlite3 from stdlib, no orm.
#
# tables:
#   usr  - accounts (pw = salt$pbkdf2 hash, hex)
#   tok  - session tokens (random, 32 bytes), expire after TOK_TTL
#   todo - todo items, owned by usr.id
#
# every handler opens its own connection and closes it before return.

import hashlib
import hmac
import os
import secrets
import sqlite3
import time

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

DB_PATH = os.environ.get("TODO_DB", "todo.db")

PBKDF2_ITERS = 200_000
SALT_LEN = 16
TOK_TTL = 12 * 3600

NAME_MIN = 3
NAME_MAX = 32
PW_MIN = 8
PW_MAX = 128
TITLE_MAX = 200
DESC_MAX = 2000
LIMIT_DEF = 20
LIMIT_MAX = 100
I64_MAX = 2**63 - 1  # sqlite INTEGER range; bigger python ints overflow the driver

app = FastAPI(title="todo api", version="0.1")


# ---------- db ----------

def db_open() -> sqlite3.Connection:
    c = sqlite3.connect(DB_PATH)
    c.execute("PRAGMA foreign_keys = ON")
    return c


def db_init() -> None:
    c = db_open()
    try:
        c.executescript(
            """
            CREATE TABLE IF NOT EXISTS usr (
                id   INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                pw   TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS tok (
                tok TEXT PRIMARY KEY,
                uid INTEGER NOT NULL REFERENCES usr(id) ON DELETE CASCADE,
                exp INTEGER NOT NULL
            );
            CREATE TABLE IF NOT EXISTS todo (
                id    INTEGER PRIMARY KEY,
                uid   INTEGER NOT NULL REFERENCES usr(id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                descr TEXT,
                done  INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX IF NOT EXISTS todo_uid ON todo(uid, id);
            """
        )
        c.commit()
    finally:
        c.close()


db_init()


# ---------- passwords ----------

def pw_hash(pw: str) -> str:
    salt = os.urandom(SALT_LEN)
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode("utf-8"), salt, PBKDF2_ITERS)
    return salt.hex() + "$" + dk.hex()


def pw_check(pw: str, stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 2:
        return False
    salt = bytes.fromhex(parts[0])
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode("utf-8"), salt, PBKDF2_ITERS)
    return hmac.compare_digest(dk.hex(), parts[1])


# ---------- helpers ----------

async def body(req: Request) -> dict:
    try:
        b = await req.json()
    except Exception:
        raise HTTPException(400, "body is not valid json")
    if not isinstance(b, dict):
        raise HTTPException(400, "body must be a json object")
    return b


def chk_str(b: dict, key: str, lo: int, hi: int, required: bool) -> str | None:
    if key not in b or b[key] is None:
        if required:
            raise HTTPException(400, f"'{key}' is required")
        return None
    v = b[key]
    if not isinstance(v, str):
        raise HTTPException(400, f"'{key}' must be a string")
    if len(v) < lo or len(v) > hi:
        raise HTTPException(400, f"'{key}' length must be {lo}..{hi}")
    return v


def auth(req: Request) -> int:
    h = req.headers.get("authorization")
    if h is None or not h.startswith("Bearer "):
        raise HTTPException(401, "missing token", headers={"WWW-Authenticate": "Bearer"})
    t = h[7:].strip()
    if len(t) != 64:
        raise HTTPException(401, "bad token", headers={"WWW-Authenticate": "Bearer"})
    c = db_open()
    try:
        r = c.execute("SELECT uid, exp FROM tok WHERE tok = ?", (t,)).fetchone()
    finally:
        c.close()
    if r is None or r[1] < int(time.time()):
        raise HTTPException(401, "bad token", headers={"WWW-Authenticate": "Bearer"})
    return r[0]


def chk_id(tid: int) -> None:
    if tid < 1 or tid > I64_MAX:
        raise HTTPException(404, "todo not found")


def row2todo(r: tuple) -> dict:
    return {"id": r[0], "title": r[1], "description": r[2], "done": bool(r[3])}


# ---------- accounts ----------

@app.post("/signup", status_code=201)
async def signup(req: Request):
    b = await body(req)
    name = chk_str(b, "username", NAME_MIN, NAME_MAX, True)
    pw = chk_str(b, "password", PW_MIN, PW_MAX, True)
    h = pw_hash(pw)
    c = db_open()
    try:
        cur = c.execute("INSERT INTO usr (name, pw) VALUES (?, ?)", (name, h))
        c.commit()
        uid = cur.lastrowid
    except sqlite3.IntegrityError:
        raise HTTPException(409, "username taken")
    finally:
        c.close()
    return {"id": uid, "username": name}


@app.post("/login")
async def login(req: Request):
    b = await body(req)
    name = chk_str(b, "username", 1, NAME_MAX, True)
    pw = chk_str(b, "password", 1, PW_MAX, True)
    c = db_open()
    try:
        r = c.execute("SELECT id, pw FROM usr WHERE name = ?", (name,)).fetchone()
        if r is None or not pw_check(pw, r[1]):
            raise HTTPException(401, "bad username or password")
        t = secrets.token_hex(32)
        now = int(time.time())
        c.execute("DELETE FROM tok WHERE uid = ? AND exp < ?", (r[0], now))
        c.execute("INSERT INTO tok (tok, uid, exp) VALUES (?, ?, ?)", (t, r[0], now + TOK_TTL))
        c.commit()
    finally:
        c.close()
    return {"access_token": t, "token_type": "bearer", "expires_in": TOK_TTL}


@app.post("/logout", status_code=204)
async def logout(req: Request):
    uid = auth(req)
    t = req.headers["authorization"][7:].strip()
    c = db_open()
    try:
        c.execute("DELETE FROM tok WHERE tok = ? AND uid = ?", (t, uid))
        c.commit()
    finally:
        c.close()
    return Response(status_code=204)


# ---------- todos ----------

@app.post("/todos", status_code=201)
async def todo_create(req: Request):
    uid = auth(req)
    b = await body(req)
    title = chk_str(b, "title", 1, TITLE_MAX, True)
    desc = chk_str(b, "description", 0, DESC_MAX, False)
    done = b.get("done", False)
    if not isinstance(done, bool):
        raise HTTPException(400, "'done' must be true or false")
    c = db_open()
    try:
        cur = c.execute(
            "INSERT INTO todo (uid, title, descr, done) VALUES (?, ?, ?, ?)",
            (uid, title, desc, int(done)),
        )
        c.commit()
        tid = cur.lastrowid
    finally:
        c.close()
    return {"id": tid, "title": title, "description": desc, "done": done}


@app.get("/todos")
async def todo_list(req: Request, limit: int = LIMIT_DEF, offset: int = 0):
    uid = auth(req)
    if limit < 1 or limit > LIMIT_MAX:
        raise HTTPException(400, f"limit must be 1..{LIMIT_MAX}")
    if offset < 0 or offset > I64_MAX:
        raise HTTPException(400, "offset out of range")
    c = db_open()
    try:
        rows = c.execute(
            "SELECT id, title, descr, done FROM todo WHERE uid = ? ORDER BY id LIMIT ? OFFSET ?",
            (uid, limit, offset),
        ).fetchall()
        n = c.execute("SELECT COUNT(*) FROM todo WHERE uid = ?", (uid,)).fetchone()[0]
    finally:
        c.close()
    return {"items": [row2todo(r) for r in rows], "total": n, "limit": limit, "offset": offset}


@app.get("/todos/{tid}")
async def todo_get(req: Request, tid: int):
    uid = auth(req)
    chk_id(tid)
    c = db_open()
    try:
        r = c.execute(
            "SELECT id, title, descr, done FROM todo WHERE id = ? AND uid = ?", (tid, uid)
        ).fetchone()
    finally:
        c.close()
    if r is None:
        raise HTTPException(404, "todo not found")
    return row2todo(r)


@app.patch("/todos/{tid}")
async def todo_update(req: Request, tid: int):
    uid = auth(req)
    chk_id(tid)
    b = await body(req)
    c = db_open()
    try:
        r = c.execute(
            "SELECT id, title, descr, done FROM todo WHERE id = ? AND uid = ?", (tid, uid)
        ).fetchone()
        if r is None:
            raise HTTPException(404, "todo not found")
        title = r[1]
        desc = r[2]
        done = bool(r[3])
        if "title" in b:
            title = chk_str(b, "title", 1, TITLE_MAX, True)
        if "description" in b:
            desc = chk_str(b, "description", 0, DESC_MAX, False)
        if "done" in b:
            if not isinstance(b["done"], bool):
                raise HTTPException(400, "'done' must be true or false")
            done = b["done"]
        c.execute(
            "UPDATE todo SET title = ?, descr = ?, done = ? WHERE id = ? AND uid = ?",
            (title, desc, int(done), tid, uid),
        )
        c.commit()
    finally:
        c.close()
    return {"id": tid, "title": title, "description": desc, "done": done}


@app.delete("/todos/{tid}", status_code=204)
async def todo_delete(req: Request, tid: int):
    uid = auth(req)
    chk_id(tid)
    c = db_open()
    try:
        cur = c.execute("DELETE FROM todo WHERE id = ? AND uid = ?", (tid, uid))
        c.commit()
        n = cur.rowcount
    finally:
        c.close()
    if n != 1:
        raise HTTPException(404, "todo not found")
    return Response(status_code=204)
