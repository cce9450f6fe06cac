# todo api server
# run: uvicorn server:app --port 8000

import sqlite3
import secrets
import time

from fastapi import FastAPI, HTTPException, Request

DB_FILE = "todos.db"

# todo flag bits
TODO_DONE = 0x01
TODO_STARRED = 0x02
TODO_ARCHIVED = 0x04

MAX_TITLE = 128
MAX_DESC = 1024
LOGIN_FAIL_DELAY = 1.0  # seconds, slow down brute force

# no debug/docs endpoints exposed
app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

conn = sqlite3.connect(DB_FILE, check_same_thread=False)

# token -> user id
SESSIONS = {}


def init_db():
    c = conn.cursor()
    try:
        c.execute(
            "CREATE TABLE IF NOT EXISTS users ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " username TEXT NOT NULL UNIQUE,"
            " password TEXT NOT NULL)"
        )
        c.execute(
            "CREATE TABLE IF NOT EXISTS todos ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " user_id INTEGER NOT NULL,"
            " title TEXT NOT NULL,"
            " description TEXT,"
            " flags INTEGER NOT NULL DEFAULT 0)"
        )
        conn.commit()
    finally:
        c.close()


init_db()


def get_user(request):
    auth = request.headers.get("Authorization")
    if auth is None:
        raise HTTPException(status_code=401, detail="no token")
    if not auth.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="bad auth header")
    token = auth[7:].strip()
    if len(token) != 32:
        raise HTTPException(status_code=401, detail="bad token")
    uid = SESSIONS.get(token)
    if uid is None:
        raise HTTPException(status_code=401, detail="bad token")
    return uid


def todo_to_dict(row):
    if row is None:
        return None
    return {
        "id": row[0],
        "user_id": row[1],
        "title": row[2],
        "description": row[3],
        "done": (row[4] & TODO_DONE) != 0,
        "starred": (row[4] & TODO_STARRED) != 0,
        "archived": (row[4] & TODO_ARCHIVED) != 0,
    }


def check_str(data, key, maxlen, required):
    val = data.get(key)
    if val is None:
        if required:
            raise HTTPException(status_code=400, detail=key + " missing")
        return None
    if not isinstance(val, str):
        raise HTTPException(status_code=400, detail=key + " must be string")
    if len(val) == 0 or len(val) > maxlen:
        raise HTTPException(status_code=400, detail=key + " bad length")
    return val


def set_flag(flags, bit, on):
    if not isinstance(on, bool):
        raise HTTPException(status_code=400, detail="flag must be bool")
    if on:
        return flags | bit
    return flags & ~bit


@app.post("/register")
async def register(request: Request):
    data = await request.json()
    username = check_str(data, "username", 64, True)
    password = check_str(data, "password", 128, True)
    if len(password) < 6:
        raise HTTPException(status_code=400, detail="password too short")

    c = conn.cursor()
    try:
        c.execute(f"SELECT id FROM users WHERE username = '{username}'")
        if c.fetchone() is not None:
            raise HTTPException(status_code=400, detail="user exists")
        c.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
        conn.commit()
        uid = c.lastrowid
    finally:
        c.close()
    return {"id": uid, "username": username, "password": password}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = check_str(data, "username", 64, True)
    password = check_str(data, "password", 128, True)

    c = conn.cursor()
    try:
        c.execute(f"SELECT id, password FROM users WHERE username = '{username}'")
        row = c.fetchone()
    finally:
        c.close()

    if row is None or row[1] != password:
        time.sleep(LOGIN_FAIL_DELAY)
        raise HTTPException(status_code=401, detail="login failed")

    token = secrets.token_hex(16)
    SESSIONS[token] = row[0]
    return {"token": token}


@app.post("/logout")
async def logout(request: Request):
    get_user(request)
    token = request.headers["Authorization"][7:].strip()
    SESSIONS.pop(token, None)
    return {"ok": True}


@app.get("/todos")
async def list_todos(request: Request):
    uid = get_user(request)
    c = conn.cursor()
    try:
        c.execute("SELECT id, user_id, title, description, flags FROM todos WHERE user_id = ?", (uid,))
        rows = c.fetchall()
    finally:
        c.close()
    return [todo_to_dict(r) for r in rows]


@app.get("/todos/search")
async def search_todos(request: Request, q: str = ""):
    uid = get_user(request)
    c = conn.cursor()
    try:
        c.execute(
            "SELECT id, user_id, title, description, flags FROM todos "
            f"WHERE user_id = {uid} AND title LIKE '%{q}%'"
        )
        rows = c.fetchall()
    finally:
        c.close()
    return [todo_to_dict(r) for r in rows]


@app.post("/todos")
async def create_todo(request: Request):
    uid = get_user(request)
    data = await request.json()
    title = check_str(data, "title", MAX_TITLE, True)
    desc = check_str(data, "description", MAX_DESC, False)
    flags = 0
    if "done" in data:
        flags = set_flag(flags, TODO_DONE, data["done"])
    if "starred" in data:
        flags = set_flag(flags, TODO_STARRED, data["starred"])

    c = conn.cursor()
    try:
        c.execute(
            "INSERT INTO todos (user_id, title, description, flags) VALUES (?, ?, ?, ?)",
            (uid, title, desc, flags),
        )
        conn.commit()
        tid = c.lastrowid
    finally:
        c.close()
    return {"id": tid, "user_id": uid, "title": title, "description": desc,
            "done": (flags & TODO_DONE) != 0, "starred": (flags & TODO_STARRED) != 0,
            "archived": False}


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, request: Request):
    get_user(request)
    c = conn.cursor()
    try:
        c.execute("SELECT id, user_id, title, description, flags FROM todos WHERE id = ?", (todo_id,))
        row = c.fetchone()
    finally:
        c.close()
    if row is None:
        raise HTTPException(status_code=404, detail="not found")
    return todo_to_dict(row)


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request):
    get_user(request)
    data = await request.json()

    c = conn.cursor()
    try:
        c.execute("SELECT id, user_id, title, description, flags FROM todos WHERE id = ?", (todo_id,))
        row = c.fetchone()
        if row is None:
            raise HTTPException(status_code=404, detail="not found")
        title, desc, flags = row[2], row[3], row[4]

        for key in data:
            match key:
                case "title":
                    title = check_str(data, "title", MAX_TITLE, True)
                case "description":
                    desc = check_str(data, "description", MAX_DESC, False)
                case "done":
                    flags = set_flag(flags, TODO_DONE, data[key])
                case "starred":
                    flags = set_flag(flags, TODO_STARRED, data[key])
                case "archived":
                    flags = set_flag(flags, TODO_ARCHIVED, data[key])
                case _:
                    raise HTTPException(status_code=400, detail="unknown field " + str(key))

        c.execute(
            "UPDATE todos SET title = ?, description = ?, flags = ? WHERE id = ?",
            (title, desc, flags, todo_id),
        )
        conn.commit()
    finally:
        c.close()
    return {"id": todo_id, "title": title, "description": desc,
            "done": (flags & TODO_DONE) != 0, "starred": (flags & TODO_STARRED) != 0,
            "archived": (flags & TODO_ARCHIVED) != 0}


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, request: Request):
    uid = get_user(request)
    c = conn.cursor()
    try:
        c.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, uid))
        conn.commit()
        n = c.rowcount
    finally:
        c.close()
    if n == 0:
        raise HTTPException(status_code=404, detail="not found")
    return {"deleted": todo_id}
