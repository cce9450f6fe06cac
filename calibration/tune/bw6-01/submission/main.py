import datetime
import hashlib
import json
import secrets
import sqlite3

import pandas as pd
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

DB_PATH = "todos.db"
MAX_LIMIT = 100
DEFAULT_LIMIT = 20

app = FastAPI(title="Todo API", version="0.1")


# ---------------------------------------------------------------------------
# database helpers
# ---------------------------------------------------------------------------

def get_conn():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def init_db():
    conn = get_conn()
    cur = conn.cursor()
    cur.execute(
        """
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT UNIQUE NOT NULL,
            password_hash TEXT NOT NULL,
            salt TEXT NOT NULL,
            created_at TEXT
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE IF NOT EXISTS tokens (
            token TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL,
            created_at TEXT
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE IF NOT EXISTS todos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            done INTEGER DEFAULT 0,
            created_at TEXT,
            updated_at TEXT
        )
        """
    )
    conn.commit()
    conn.close()


init_db()


def now_str():
    return datetime.datetime.now().isoformat(timespec="seconds")


def hash_password(password, salt=None):
    if salt is None:
        salt = secrets.token_hex(8)
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return digest, salt


def clean_todo(row):
    todo = dict(row)
    todo["done"] = bool(todo["done"])
    return todo


def get_current_user(request):
    auth = request.headers.get("Authorization")
    if not auth or not auth.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="Not authenticated")
    token = auth.split(" ")[1]
    conn = get_conn()
    row = conn.execute(
        "SELECT users.id, users.username FROM tokens "
        "JOIN users ON users.id = tokens.user_id WHERE tokens.token = ?",
        (token,),
    ).fetchone()
    conn.close()
    if row is None:
        raise HTTPException(status_code=401, detail="Invalid token")
    return dict(row)


# ---------------------------------------------------------------------------
# accounts
# ---------------------------------------------------------------------------

@app.post("/signup", status_code=201)
async def signup(request: Request):
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    if not username or not password:
        raise HTTPException(status_code=400, detail="username and password are required")
    if len(password) < 6:
        raise HTTPException(status_code=400, detail="password must have at least 6 characters")

    conn = get_conn()
    existing = conn.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()
    if existing is not None:
        conn.close()
        raise HTTPException(status_code=400, detail="username already taken")

    pw_hash, salt = hash_password(password)
    cur = conn.execute(
        "INSERT INTO users (username, password_hash, salt, created_at) VALUES (?, ?, ?, ?)",
        (username, pw_hash, salt, now_str()),
    )
    conn.commit()
    user = dict(conn.execute("SELECT * FROM users WHERE id = ?", (cur.lastrowid,)).fetchone())
    conn.close()
    return user


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data.get("username", "")
    password = data.get("password", "")

    conn = get_conn()
    row = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        conn.close()
        raise HTTPException(status_code=401, detail="wrong username or password")

    user = dict(row)
    pw_hash, _ = hash_password(password, user["salt"])
    if pw_hash != user["password_hash"]:
        conn.close()
        raise HTTPException(status_code=401, detail="wrong username or password")

    token = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO tokens (token, user_id, created_at) VALUES (?, ?, ?)",
        (token, user["id"], now_str()),
    )
    conn.commit()
    conn.close()
    return {"access_token": token, "token_type": "bearer"}


@app.get("/me")
async def me(request: Request):
    return get_current_user(request)


# ---------------------------------------------------------------------------
# todos
# ---------------------------------------------------------------------------

@app.post("/todos", status_code=201)
async def create_todo(request: Request):
    user = get_current_user(request)
    data = await request.json()

    if "title" not in data or data["title"] == "" or data["title"] is None:
        raise HTTPException(status_code=400, detail="title is required")

    todo = {
        "owner_id": user["id"],
        "title": data["title"],
        "description": data.get("description"),
        "done": int(data.get("done", False)),
        "created_at": now_str(),
        "updated_at": now_str(),
    }

    conn = get_conn()
    cur = conn.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) "
        "VALUES (:owner_id, :title, :description, :done, :created_at, :updated_at)",
        todo,
    )
    conn.commit()
    todo["id"] = cur.lastrowid
    conn.close()
    todo["done"] = bool(todo["done"])
    return todo


@app.get("/todos")
async def list_todos(request: Request, limit: int = DEFAULT_LIMIT, offset: int = 0, done: str = None):
    user = get_current_user(request)
    if limit > MAX_LIMIT:
        limit = MAX_LIMIT

    conn = get_conn()
    df = pd.read_sql_query("SELECT * FROM todos WHERE owner_id = ?", conn, params=(user["id"],))
    conn.close()

    if done is not None:
        wanted = 1 if done.lower() in ("true", "1", "yes") else 0
        df = df[df["done"] == wanted]

    df = df.sort_values("id")
    page = df.iloc[offset:offset + limit].copy()
    page["done"] = page["done"].astype(bool)

    return {
        "total": len(df),
        "limit": limit,
        "offset": offset,
        "items": json.loads(page.to_json(orient="records")),
    }


@app.get("/todos/stats")
async def todo_stats(request: Request):
    user = get_current_user(request)
    conn = get_conn()
    df = pd.read_sql_query("SELECT id, done, created_at FROM todos WHERE owner_id = ?", conn, params=(user["id"],))
    conn.close()

    df["created_at"] = pd.to_datetime(df["created_at"])
    counts = df.groupby(df["created_at"].dt.date.astype(str))["id"].count()
    per_day = {day: int(n) for day, n in counts.items()}

    return {
        "total": int(len(df)),
        "done": int(df["done"].sum()),
        "open": int((df["done"] == 0).sum()),
        "completion_rate": round(float(df["done"].mean()), 3),
        "created_per_day": per_day,
    }


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, request: Request):
    user = get_current_user(request)
    conn = get_conn()
    row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    conn.close()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    todo = clean_todo(row)
    if todo["owner_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="Not your todo")
    return todo


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request):
    user = get_current_user(request)
    data = await request.json()

    conn = get_conn()
    row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    if row is None:
        conn.close()
        raise HTTPException(status_code=404, detail="Todo not found")
    todo = dict(row)
    if todo["owner_id"] != user["id"]:
        conn.close()
        raise HTTPException(status_code=403, detail="Not your todo")

    for key in ["title", "description", "done"]:
        if key in data:
            todo[key] = data[key]
    todo["updated_at"] = now_str()

    conn.execute(
        "UPDATE todos SET title = ?, description = ?, done = ?, updated_at = ? WHERE id = ?",
        (todo["title"], todo["description"], int(todo["done"]), todo["updated_at"], todo_id),
    )
    conn.commit()
    conn.close()
    todo["done"] = bool(todo["done"])
    return todo


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, request: Request):
    user = get_current_user(request)
    conn = get_conn()
    row = conn.execute("SELECT owner_id FROM todos WHERE id = ?", (todo_id,)).fetchone()
    if row is None:
        conn.close()
        raise HTTPException(status_code=404, detail="Todo not found")
    if row["owner_id"] != user["id"]:
        conn.close()
        raise HTTPException(status_code=403, detail="Not your todo")
    conn.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
    conn.commit()
    conn.close()
    return Response(status_code=204)
