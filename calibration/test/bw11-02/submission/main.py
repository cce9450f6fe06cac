import sqlite3
import hashlib
import secrets
from typing import Optional

from fastapi import FastAPI, HTTPException, Depends, Body
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel

app = FastAPI(title="Todo API")

DB_PATH = "todos.db"
SALT = "x9!kP2#todo-salt"

conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row


def init_db():
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT UNIQUE NOT NULL,
            password TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS tokens (
            token TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS todos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            done INTEGER DEFAULT 0
        );
        """
    )
    conn.commit()


init_db()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def hash_pw(pw):
    return hashlib.sha256((SALT + pw).encode()).hexdigest()


class UserIn(BaseModel):
    username: str
    password: str


class TodoIn(BaseModel):
    title: str
    description: Optional[str] = None
    done: bool = False


class TodoOut(BaseModel):
    id: int
    title: str
    description: Optional[str] = None
    done: bool


def row_to_todo(row):
    d = dict(row)
    d["done"] = bool(d["done"])
    d.pop("user_id", None)
    return d


def current_user(token: str = Depends(oauth2_scheme)):
    row = conn.execute("SELECT user_id FROM tokens WHERE token = ?", (token,)).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="Invalid token",
                            headers={"WWW-Authenticate": "Bearer"})
    return row["user_id"]


def get_todo_or_404(todo_id, user_id):
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id)
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return row_to_todo(row)


@app.post("/register", status_code=201)
async def register(user: UserIn):
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password) VALUES (?, ?)",
            (user.username, hash_pw(user.password)),
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already taken")
    return {"id": cur.lastrowid, "username": user.username}


@app.post("/token")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    row = conn.execute(
        "SELECT * FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or row["password"] != hash_pw(form.password):
        raise HTTPException(status_code=401, detail="Wrong username or password")
    token = secrets.token_urlsafe(32)
    conn.execute("INSERT INTO tokens (token, user_id) VALUES (?, ?)", (token, row["id"]))
    conn.commit()
    return {"access_token": token, "token_type": "bearer"}


@app.post("/todos", response_model=TodoOut, status_code=201)
async def create_todo(todo: TodoIn, user_id=Depends(current_user)):
    cur = conn.execute(
        "INSERT INTO todos (user_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user_id, todo.title, todo.description, int(todo.done)),
    )
    conn.commit()
    return get_todo_or_404(cur.lastrowid, user_id)


@app.get("/todos", response_model=list[TodoOut])
async def list_todos(limit: int = 20, offset: int = 0, user_id=Depends(current_user)):
    rows = conn.execute(
        "SELECT * FROM todos WHERE user_id = ? ORDER BY id", (user_id,)
    ).fetchall()
    return [row_to_todo(r) for r in rows[offset:offset + limit]]


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user_id=Depends(current_user)):
    return get_todo_or_404(todo_id, user_id)


@app.put("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, data: dict = Body(...), user_id=Depends(current_user)):
    get_todo_or_404(todo_id, user_id)
    if not data:
        raise HTTPException(status_code=400, detail="Nothing to update")
    # only update the fields that were sent
    sets = ", ".join(f"{key} = ?" for key in data)
    conn.execute(f"UPDATE todos SET {sets} WHERE id = ?", (*data.values(), todo_id))
    conn.commit()
    return get_todo_or_404(todo_id, user_id)


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, user_id=Depends(current_user)):
    get_todo_or_404(todo_id, user_id)
    conn.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
    conn.commit()
    return {"deleted": True}
