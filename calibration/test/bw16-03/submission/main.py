# Todo API - take home
# run: uvicorn main:app --reload
import hashlib
import sqlite3
import uuid
from datetime import datetime

import pandas as pd
from fastapi import FastAPI, Header, HTTPException

DB_PATH = "todo.db"

app = FastAPI(title="Todo API")


def get_conn():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def init_db():
    conn = get_conn()
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT UNIQUE NOT NULL,
            password TEXT NOT NULL,
            created_at TEXT
        );
        CREATE TABLE IF NOT EXISTS tokens (
            token TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL,
            created_at TEXT
        );
        CREATE TABLE IF NOT EXISTS todos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            done INTEGER DEFAULT 0,
            created_at TEXT,
            updated_at TEXT
        );
        """
    )
    conn.commit()
    conn.close()


init_db()


def hash_pw(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def now():
    return datetime.now().isoformat(timespec="seconds")


def get_user_id(api_key):
    if not api_key:
        raise HTTPException(401, "missing X-API-Key header")
    conn = get_conn()
    row = conn.execute("SELECT user_id FROM tokens WHERE token = ?", (api_key,)).fetchone()
    conn.close()
    if row is None:
        raise HTTPException(401, "invalid api key")
    return row["user_id"]


# ---------- users ----------

@app.post("/signup", status_code=201)
def signup(payload: dict):
    username = payload.get("username")
    password = payload.get("password")
    if not username or not password:
        raise HTTPException(422, "username and password are required")
    conn = get_conn()
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password, created_at) VALUES (?, ?, ?)",
            (username, hash_pw(password), now()),
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(409, "username already exists")
    finally:
        conn.close()
    return {"id": cur.lastrowid, "username": username}


@app.post("/login")
def login(payload: dict):
    conn = get_conn()
    row = conn.execute(
        "SELECT id, password FROM users WHERE username = ?", (payload.get("username"),)
    ).fetchone()
    if row is None or row["password"] != hash_pw(payload.get("password", "")):
        conn.close()
        raise HTTPException(401, "wrong username or password")
    token = uuid.uuid4().hex
    conn.execute(
        "INSERT INTO tokens (token, user_id, created_at) VALUES (?, ?, ?)",
        (token, row["id"], now()),
    )
    conn.commit()
    conn.close()
    return {"api_key": token}


# ---------- todos ----------

@app.get("/todos")
def list_todos(limit: int = 20, offset: int = 0, x_api_key: str = Header(None)):
    user_id = get_user_id(x_api_key)
    if limit < 1 or limit > 100 or offset < 0:
        raise HTTPException(422, "limit must be 1-100 and offset >= 0")
    conn = get_conn()
    df = pd.read_sql_query(
        "SELECT * FROM todos WHERE user_id = ? ORDER BY id", conn, params=(user_id,)
    )
    conn.close()
    page = df.iloc[offset : offset + limit]
    page = page.astype(object).where(page.notna(), None)
    return {"total": len(df), "limit": limit, "offset": offset, "items": page.to_dict(orient="records")}


@app.post("/todos", status_code=201)
def create_todo(payload: dict, x_api_key: str = Header(None)):
    user_id = get_user_id(x_api_key)
    conn = get_conn()
    cur = conn.execute(
        "INSERT INTO todos (user_id, title, description, done, created_at) VALUES (?, ?, ?, ?, ?)",
        (user_id, payload.get("title"), payload.get("description"), int(payload.get("done", False)), now()),
    )
    conn.commit()
    row = conn.execute("SELECT * FROM todos WHERE id = ?", (cur.lastrowid,)).fetchone()
    conn.close()
    return dict(row)


@app.get("/todos/{todo_id}")
def get_todo(todo_id: int, x_api_key: str = Header(None)):
    user_id = get_user_id(x_api_key)
    conn = get_conn()
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id)
    ).fetchone()
    conn.close()
    if row is None:
        raise HTTPException(404, "todo not found")
    return dict(row)


@app.put("/todos/{todo_id}")
def update_todo(todo_id: int, payload: dict, x_api_key: str = Header(None)):
    user_id = get_user_id(x_api_key)
    if not payload:
        raise HTTPException(422, "nothing to update")
    conn = get_conn()
    # build the SET part from whatever fields were sent
    set_sql = ", ".join(f"{col} = ?" for col in payload.keys())
    values = list(payload.values()) + [now(), todo_id, user_id]
    cur = conn.execute(
        f"UPDATE todos SET {set_sql}, updated_at = ? WHERE id = ? AND user_id = ?", values
    )
    conn.commit()
    if cur.rowcount == 0:
        conn.close()
        raise HTTPException(404, "todo not found")
    row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    conn.close()
    return dict(row)


@app.delete("/todos/{todo_id}")
def delete_todo(todo_id: int, x_api_key: str = Header(None)):
    user_id = get_user_id(x_api_key)
    conn = get_conn()
    cur = conn.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id))
    conn.commit()
    conn.close()
    if cur.rowcount == 0:
        raise HTTPException(404, "todo not found")
    return {"deleted": todo_id}


@app.get("/stats")
def stats(x_api_key: str = Header(None)):
    """quick summary of my todos"""
    user_id = get_user_id(x_api_key)
    conn = get_conn()
    df = pd.read_sql_query("SELECT * FROM todos WHERE user_id = ?", conn, params=(user_id,))
    conn.close()
    return {
        "total": int(len(df)),
        "done": int(df["done"].sum()) if len(df) else 0,
        "open": int((df["done"] == 0).sum()) if len(df) else 0,
    }
