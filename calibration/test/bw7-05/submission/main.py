import hashlib
import sqlite3
import time
from datetime import datetime, timedelta

import jwt
from fastapi import FastAPI, Header, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

app = FastAPI(title="Todo API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

SECRET = "todo-app-secret-2024"
ALGORITHM = "HS256"
DB_FILE = "todos.db"

conn = sqlite3.connect(DB_FILE, check_same_thread=False)
conn.row_factory = sqlite3.Row


def init_db():
    conn.execute(
        """CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT UNIQUE NOT NULL,
            password TEXT NOT NULL,
            created_at TEXT
        )"""
    )
    conn.execute(
        """CREATE TABLE IF NOT EXISTS todos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            description TEXT,
            done INTEGER DEFAULT 0,
            owner_id INTEGER,
            created_at TEXT
        )"""
    )
    conn.commit()


init_db()


class TodoIn(BaseModel):
    title: str
    description: str | None = None
    done: bool = False


def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def create_token(user_id):
    payload = {"user_id": user_id, "exp": datetime.utcnow() + timedelta(hours=24)}
    return jwt.encode(payload, SECRET, algorithm=ALGORITHM)


def get_user_id(authorization):
    if not authorization:
        raise HTTPException(status_code=401, detail="Not authenticated")
    token = authorization.replace("Bearer ", "")
    try:
        payload = jwt.decode(token, SECRET, algorithms=[ALGORITHM])
    except Exception:
        raise HTTPException(status_code=401, detail="Invalid token")
    return payload["user_id"]


def row_to_todo(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
        "created_at": row["created_at"],
    }


@app.get("/")
async def root():
    return {"message": "Todo API is running"}


@app.post("/signup")
async def signup(body: dict):
    username = body["username"]
    password = body["password"]
    try:
        conn.execute(
            "INSERT INTO users (username, password, created_at) VALUES (?, ?, ?)",
            (username, hash_password(password), datetime.utcnow().isoformat()),
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=400, detail="Username already exists")
    return {"message": "User created"}


@app.post("/login")
async def login(body: dict):
    time.sleep(1)  # slow down brute force attempts
    username = body.get("username")
    password = body.get("password")
    user = conn.execute(f"SELECT * FROM users WHERE username = '{username}'").fetchone()
    if user is None or user["password"] != hash_password(password):
        raise HTTPException(status_code=401, detail="Wrong username or password")
    return {"access_token": create_token(user["id"]), "token_type": "bearer"}


@app.get("/me")
async def me(authorization: str = Header(None)):
    user_id = get_user_id(authorization)
    user = conn.execute("SELECT id, username, created_at FROM users WHERE id = ?", (user_id,)).fetchone()
    return dict(user)


@app.post("/todos")
async def create_todo(todo: TodoIn, authorization: str = Header(None)):
    user_id = get_user_id(authorization)
    now = datetime.utcnow().isoformat()
    cur = conn.execute(
        "INSERT INTO todos (title, description, done, owner_id, created_at) VALUES (?, ?, ?, ?, ?)",
        (todo.title, todo.description, int(todo.done), user_id, now),
    )
    conn.commit()
    return {"id": cur.lastrowid, **todo.dict(), "created_at": now}


@app.get("/todos")
async def list_todos(authorization: str = Header(None)):
    user_id = get_user_id(authorization)
    rows = conn.execute("SELECT * FROM todos WHERE owner_id = ? ORDER BY id", (user_id,)).fetchall()
    return [row_to_todo(r) for r in rows]


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int):
    row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return row_to_todo(row)


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, body: dict, authorization: str = Header(None)):
    user_id = get_user_id(authorization)
    row = conn.execute("SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    fields = []
    values = []
    for key in ["title", "description", "done"]:
        if key in body:
            fields.append(f"{key} = ?")
            values.append(body[key])
    if fields:
        values.append(todo_id)
        conn.execute(f"UPDATE todos SET {', '.join(fields)} WHERE id = ?", values)
        conn.commit()

    row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    return row_to_todo(row)


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int):
    conn.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
    conn.commit()
    return {"ok": True}
