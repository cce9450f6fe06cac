# Todo API -- FastAPI + sqlite
# started from the FastAPI tutorial (security section) and adapted

import os
import secrets
import sqlite3
from datetime import datetime, timedelta
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from passlib.context import CryptContext
from pydantic import BaseModel, Field

DB_PATH = os.getenv("TODO_DB", "todos.db")
SECRET_KEY = os.getenv("SECRET_KEY") or secrets.token_hex(32)
ALGORITHM = "HS256"
TOKEN_EXPIRE_MINUTES = 60

app = FastAPI(title="Todo API", version="0.1.0")

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="auth/token")

# one connection for the whole app, simpler than opening one per request
conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row


def init_db():
    conn.execute(
        """CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT UNIQUE NOT NULL,
            hashed_password TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE IF NOT EXISTS todos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            done INTEGER DEFAULT 0,
            created_at TEXT
        )"""
    )
    conn.commit()


init_db()


# ---------- models ----------

class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=50)
    password: str = Field(min_length=6)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: Optional[str] = None
    done: bool = False


class TodoOut(BaseModel):
    id: int
    title: str
    description: Optional[str] = None
    done: bool
    created_at: Optional[str] = None


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


# ---------- helpers ----------

def get_user(username):
    return conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()


def make_token(username):
    expire = datetime.utcnow() + timedelta(minutes=TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"sub": username, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


def row_to_todo(row):
    d = dict(row)
    d["done"] = bool(d["done"])
    d.pop("owner_id", None)
    return d


async def get_current_user(token: str = Depends(oauth2_scheme)):
    creds_error = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
    except JWTError:
        raise creds_error
    if username is None:
        raise creds_error
    user = get_user(username)
    if user is None:
        raise creds_error
    return user


def get_owned_todo(todo_id, user):
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user["id"])
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return row


# ---------- auth ----------

@app.post("/auth/register", response_model=UserOut, status_code=201)
async def register(user: UserCreate):
    if get_user(user.username):
        raise HTTPException(status_code=400, detail="Username already taken")
    hashed = pwd_context.hash(user.password)
    cur = conn.execute(
        "INSERT INTO users (username, hashed_password) VALUES (?, ?)",
        (user.username, hashed),
    )
    conn.commit()
    return {"id": cur.lastrowid, "username": user.username}


@app.post("/auth/token", response_model=Token)
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    user = get_user(form_data.username)
    if not user or not pwd_context.verify(form_data.password, user["hashed_password"]):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": make_token(user["username"]), "token_type": "bearer"}


# ---------- todos ----------

@app.post("/todos", response_model=TodoOut, status_code=201)
async def create_todo(todo: TodoIn, user=Depends(get_current_user)):
    now = datetime.utcnow().isoformat()
    cur = conn.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at) VALUES (?, ?, ?, ?, ?)",
        (user["id"], todo.title, todo.description, int(todo.done), now),
    )
    conn.commit()
    row = conn.execute("SELECT * FROM todos WHERE id = ?", (cur.lastrowid,)).fetchone()
    return row_to_todo(row)


@app.get("/todos", response_model=TodoPage)
async def list_todos(
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
    user=Depends(get_current_user),
):
    rows = conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id", (user["id"],)
    ).fetchall()
    todos = [row_to_todo(r) for r in rows]
    return {"items": todos[offset : offset + limit], "total": len(todos), "limit": limit, "offset": offset}


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user=Depends(get_current_user)):
    return row_to_todo(get_owned_todo(todo_id, user))


@app.put("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, payload: dict, user=Depends(get_current_user)):
    get_owned_todo(todo_id, user)
    for key in ["title", "description", "done"]:
        if key in payload:
            conn.execute(
                f"UPDATE todos SET {key} = ? WHERE id = ?", (payload[key], todo_id)
            )
    conn.commit()
    return row_to_todo(get_owned_todo(todo_id, user))


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, user=Depends(get_current_user)):
    get_owned_todo(todo_id, user)
    conn.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
    conn.commit()
    return None
