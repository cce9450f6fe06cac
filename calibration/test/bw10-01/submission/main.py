# Todo API - my first FastAPI project
# run with:  uvicorn main:app --reload
# docs at http://127.0.0.1:8000/docs

import hashlib
import secrets
import sqlite3

import pandas as pd
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel

DB_PATH = "todos.db"

app = FastAPI(title="Todo API", description="Simple todo list API, one list per user")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


# %% ---------------- database setup ----------------

def get_conn():
    conn = sqlite3.connect(DB_PATH)
    return conn


def init_db():
    conn = get_conn()
    conn.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT UNIQUE,
        password_hash TEXT
    )""")
    conn.execute("CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, username TEXT)")
    conn.execute("""CREATE TABLE IF NOT EXISTS todos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        owner TEXT,
        title TEXT,
        description TEXT,
        done INTEGER DEFAULT 0
    )""")
    conn.commit()
    conn.close()


init_db()


# %% ---------------- models ----------------

class User(BaseModel):
    username: str
    password: str


class TodoIn(BaseModel):
    title: str
    description: str = ""
    done: bool = False


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None = None
    done: bool


# %% ---------------- helpers ----------------

def hash_password(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def get_current_user(token: str = Depends(oauth2_scheme)):
    conn = get_conn()
    df = pd.read_sql("SELECT username FROM tokens WHERE token = ?", conn, params=(token,))
    conn.close()
    if len(df) == 0:
        raise HTTPException(status_code=401, detail="Invalid token")
    return df["username"].iloc[0]


def load_todo(conn, todo_id, user):
    df = pd.read_sql("SELECT * FROM todos WHERE id = ? AND owner = ?", conn, params=(todo_id, user))
    if df.empty:
        return None
    row = df.iloc[0].to_dict()
    row["done"] = bool(row["done"])
    return row


# %% ---------------- auth endpoints ----------------

@app.post("/signup", status_code=201)
async def signup(user: User):
    """Create a new user account."""
    conn = get_conn()
    existing = pd.read_sql("SELECT * FROM users WHERE username = ?", conn, params=(user.username,))
    if len(existing) > 0:
        conn.close()
        raise HTTPException(status_code=400, detail="Username already taken")
    conn.execute(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)",
        (user.username, hash_password(user.password)),
    )
    conn.commit()
    conn.close()
    return {"message": "user created", "username": user.username}


@app.post("/login")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    """Log in with username + password (form data), returns a bearer token."""
    conn = get_conn()
    users = pd.read_sql("SELECT * FROM users WHERE username = ?", conn, params=(form.username,))
    if len(users) == 0 or users["password_hash"].iloc[0] != hash_password(form.password):
        conn.close()
        raise HTTPException(status_code=401, detail="Wrong username or password")
    token = secrets.token_hex(16)
    conn.execute("INSERT INTO tokens VALUES (?, ?)", (token, form.username))
    conn.commit()
    conn.close()
    return {"access_token": token, "token_type": "bearer"}


# %% ---------------- todo endpoints ----------------

@app.post("/todos", response_model=TodoOut, status_code=201)
async def create_todo(todo: TodoIn, user=Depends(get_current_user)):
    """Add a todo to your list."""
    conn = get_conn()
    cur = conn.execute(
        "INSERT INTO todos (owner, title, description, done) VALUES (?, ?, ?, ?)",
        (user, todo.title, todo.description, int(todo.done)),
    )
    conn.commit()
    new_id = cur.lastrowid
    conn.close()
    return {"id": new_id, **todo.dict()}


@app.get("/todos", response_model=list[TodoOut])
async def list_todos(limit: int = 10, offset: int = 0, user=Depends(get_current_user)):
    """List your todos. Use limit / offset for paging."""
    conn = get_conn()
    df = pd.read_sql("SELECT * FROM todos WHERE owner = ? ORDER BY id", conn, params=(user,))
    conn.close()
    df["done"] = df["done"].astype(bool)
    page = df.iloc[offset : offset + limit]
    print(f"user {user} has {len(df)} todos, returning {len(page)}")
    return page.to_dict("records")


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user=Depends(get_current_user)):
    """Get one todo by id."""
    conn = get_conn()
    row = load_todo(conn, todo_id, user)
    conn.close()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return row


@app.put("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, updates: dict, user=Depends(get_current_user)):
    """Update a todo. Send only the fields you want to change, e.g. {"done": true}"""
    conn = get_conn()
    if load_todo(conn, todo_id, user) is None:
        conn.close()
        raise HTTPException(status_code=404, detail="Todo not found")
    for col, val in updates.items():
        conn.execute(f"UPDATE todos SET {col} = ? WHERE id = ?", (val, todo_id))
    conn.commit()
    row = load_todo(conn, todo_id, user)
    conn.close()
    return row


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, user=Depends(get_current_user)):
    """Delete a todo."""
    conn = get_conn()
    cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner = ?", (todo_id, user))
    conn.commit()
    conn.close()
    if cur.rowcount == 0:
        raise HTTPException(status_code=404, detail="Todo not found")
    return {"deleted": todo_id}
