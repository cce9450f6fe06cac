import sqlite3
from typing import Optional

import pandas as pd
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from auth import create_token, current_user, hash_password, verify_password
from db import conn, execute, fetch_one, init_db

app = FastAPI(title="Todo API", version="0.1")

TODO_COLS = "id, title, description, done, created_at, updated_at"
UPDATABLE = {"title", "description", "done"}


class TodoIn(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    description: Optional[str] = None
    done: bool = False


class TodoUpdate(BaseModel):
    title: Optional[str] = Field(None, min_length=1, max_length=200)
    description: Optional[str] = None
    done: Optional[bool] = None


class TodoOut(BaseModel):
    id: int
    title: str
    description: Optional[str]
    done: bool
    created_at: str
    updated_at: Optional[str]


@app.on_event("startup")
def startup():
    init_db()


@app.post("/signup", status_code=201)
async def signup(payload: dict):
    """Create a user. Body: {"username": ..., "password": ...}"""
    username = payload["username"].strip()
    password = payload["password"]
    if len(username) < 3 or len(password) < 8:
        raise HTTPException(status_code=400, detail="username >= 3 chars, password >= 8 chars")

    pw_hash, salt = hash_password(password)
    try:
        user_id = execute(
            "INSERT INTO users (username, password_hash, salt) VALUES (?, ?, ?)",
            (username, pw_hash, salt),
        )
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="username already taken")
    return {"id": user_id, "username": username}


@app.post("/token")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    """OAuth2 password flow, returns a bearer JWT."""
    user = fetch_one("SELECT * FROM users WHERE username = ?", (form.username,))
    if user is None or not verify_password(form.password, user["salt"], user["password_hash"]):
        raise HTTPException(
            status_code=401,
            detail="bad username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_token(user["id"]), "token_type": "bearer"}


def _get_todo(todo_id, user_id):
    row = fetch_one(
        f"SELECT {TODO_COLS} FROM todos WHERE id = ? AND user_id = ?",
        (todo_id, user_id),
    )
    if row is None:
        raise HTTPException(status_code=404, detail="todo not found")
    row["done"] = bool(row["done"])
    return row


@app.get("/todos")
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    sort: str = "created_at",
    user=Depends(current_user),
):
    """List the current user's todos. `sort` is any column, e.g. `title` or `created_at DESC`."""
    df = pd.read_sql_query(
        f"SELECT {TODO_COLS} FROM todos WHERE user_id = ? ORDER BY {sort}",
        conn,
        params=(user["id"],),
    )
    total = len(df)
    page = df.iloc[offset : offset + limit].astype(object)
    page = page.where(page.notna(), None)
    page["done"] = page["done"].map(bool)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": page.to_dict(orient="records"),
    }


@app.get("/todos/stats")
async def todo_stats(user=Depends(current_user)):
    """Small summary: totals and number of todos created per day."""
    df = pd.read_sql_query(
        "SELECT done, created_at FROM todos WHERE user_id = ?",
        conn,
        params=(user["id"],),
    )
    if df.empty:
        return {"total": 0, "done": 0, "open": 0, "created_per_day": {}}

    df["created_at"] = pd.to_datetime(df["created_at"])
    per_day = df.groupby(df["created_at"].dt.strftime("%Y-%m-%d")).size()
    return {
        "total": int(len(df)),
        "done": int(df["done"].sum()),
        "open": int((df["done"] == 0).sum()),
        "created_per_day": {day: int(n) for day, n in per_day.items()},
    }


@app.post("/todos", status_code=201, response_model=TodoOut)
async def create_todo(todo: TodoIn, user=Depends(current_user)):
    todo_id = execute(
        "INSERT INTO todos (user_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user["id"], todo.title, todo.description, int(todo.done)),
    )
    return _get_todo(todo_id, user["id"])


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user=Depends(current_user)):
    return _get_todo(todo_id, user["id"])


@app.patch("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, changes: TodoUpdate, user=Depends(current_user)):
    _get_todo(todo_id, user["id"])

    fields = {k: v for k, v in changes.model_dump(exclude_unset=True).items() if k in UPDATABLE}
    if fields:
        if "done" in fields:
            fields["done"] = int(fields["done"])
        set_clause = ", ".join(f"{col} = ?" for col in fields)
        execute(
            f"UPDATE todos SET {set_clause}, updated_at = datetime('now') WHERE id = ? AND user_id = ?",
            (*fields.values(), todo_id, user["id"]),
        )
    return _get_todo(todo_id, user["id"])


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, user=Depends(current_user)):
    _get_todo(todo_id, user["id"])
    execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user["id"]))
