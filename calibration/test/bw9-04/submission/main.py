import sqlite3
from contextlib import asynccontextmanager

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from auth import check_password, get_current_user, hash_password, make_token
from db import get_db, init_db

MAX_LIMIT = 100
DEFAULT_LIMIT = 20


@asynccontextmanager
async def lifespan(app):
    init_db()
    yield


app = FastAPI(title="Todo API", lifespan=lifespan)


class RegisterIn(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    done: bool = False


def todo_to_dict(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
    }


def find_todo(db, todo_id, user_id):
    try:
        row = db.execute(
            "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id)
        ).fetchone()
    except OverflowError:
        # id bigger than SQLite's 64-bit integers: it can't exist
        row = None
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return row


def check_update(data):
    """Validate a partial update by hand, returns the cleaned fields."""
    allowed = {"title", "description", "done"}
    unknown = set(data) - allowed
    if unknown:
        raise HTTPException(422, detail=f"Unknown fields: {', '.join(sorted(unknown))}")

    cleaned = {}
    if "title" in data:
        title = data["title"]
        if not isinstance(title, str) or not (1 <= len(title) <= 200):
            raise HTTPException(422, detail="title must be a string of 1 to 200 characters")
        cleaned["title"] = title
    if "description" in data:
        desc = data["description"]
        if not isinstance(desc, str) or len(desc) > 2000:
            raise HTTPException(422, detail="description must be a string of at most 2000 characters")
        cleaned["description"] = desc
    if "done" in data:
        # isinstance(True, int) is True, so check bool explicitly
        if not isinstance(data["done"], bool):
            raise HTTPException(422, detail="done must be true or false")
        cleaned["done"] = int(data["done"])
    if not cleaned:
        raise HTTPException(422, detail="Nothing to update")
    return cleaned


@app.post("/auth/register", status_code=201)
def register(user: RegisterIn, db=Depends(get_db)):
    try:
        cur = db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (user.username, hash_password(user.password)),
        )
        db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already exists")
    return {"id": cur.lastrowid, "username": user.username}


@app.post("/auth/token")
def login(form: OAuth2PasswordRequestForm = Depends(), db=Depends(get_db)):
    row = db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or not check_password(form.password, row["password_hash"]):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": make_token(row["id"]), "token_type": "bearer"}


@app.post("/todos", status_code=201)
def create_todo(todo: TodoIn, user=Depends(get_current_user), db=Depends(get_db)):
    cur = db.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user["id"], todo.title, todo.description, int(todo.done)),
    )
    db.commit()
    return todo_to_dict(find_todo(db, cur.lastrowid, user["id"]))


@app.get("/todos")
def list_todos(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    user=Depends(get_current_user),
    db=Depends(get_db),
):
    rows = db.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (user["id"], limit, offset),
    ).fetchall()
    return [todo_to_dict(r) for r in rows]


@app.get("/todos/{todo_id}")
def get_todo(todo_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    return todo_to_dict(find_todo(db, todo_id, user["id"]))


@app.patch("/todos/{todo_id}")
def update_todo(
    todo_id: int,
    data: dict = Body(...),
    user=Depends(get_current_user),
    db=Depends(get_db),
):
    find_todo(db, todo_id, user["id"])
    fields = check_update(data)
    # column names can only be title/description/done (checked above)
    sets = ", ".join(f"{col} = ?" for col in fields)
    db.execute(
        f"UPDATE todos SET {sets} WHERE id = ? AND owner_id = ?",
        (*fields.values(), todo_id, user["id"]),
    )
    db.commit()
    return todo_to_dict(find_todo(db, todo_id, user["id"]))


@app.delete("/todos/{todo_id}", status_code=204)
def delete_todo(todo_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    find_todo(db, todo_id, user["id"])
    db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user["id"]))
    db.commit()
    return Response(status_code=204)
