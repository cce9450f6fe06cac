import hashlib
import sqlite3
import uuid

from fastapi import FastAPI, Header, HTTPException, Request
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

db = sqlite3.connect("todos.db", check_same_thread=False)
db.row_factory = sqlite3.Row
db.execute(
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT UNIQUE, password TEXT)"
)
db.execute(
    "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, title TEXT, description TEXT, done INTEGER DEFAULT 0)"
)
db.commit()

# token -> user id
tokens = {}


class Todo(BaseModel):
    title: str
    description: str = ""
    done: bool = False


def hash_pw(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def get_user(authorization):
    if not authorization:
        raise HTTPException(401, "no token")
    token = authorization.replace("Bearer ", "")
    if token not in tokens:
        raise HTTPException(401, "bad token")
    return tokens[token]


def row_to_todo(row):
    t = dict(row)
    t["done"] = bool(t["done"])
    return t


@app.get("/")
async def root():
    return {"status": "ok", "msg": "todo api is running 🚀"}


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]
    if len(password) < 4:
        raise HTTPException(400, "password too short")
    try:
        cur = db.execute(
            "INSERT INTO users (username, password) VALUES (?, ?)",
            (username, hash_pw(password)),
        )
        db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(400, "username taken")
    user = db.execute("SELECT * FROM users WHERE id = ?", (cur.lastrowid,)).fetchone()
    return dict(user)


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    user = db.execute(
        "SELECT * FROM users WHERE username = ? AND password = ?",
        (data["username"], hash_pw(data["password"])),
    ).fetchone()
    if not user:
        raise HTTPException(401, "wrong username or password")
    token = str(uuid.uuid4())
    tokens[token] = user["id"]
    return {"access_token": token, "token_type": "bearer"}


@app.get("/todos")
async def list_todos(authorization: str = Header(None)):
    user_id = get_user(authorization)
    rows = db.execute("SELECT * FROM todos WHERE user_id = ? ORDER BY id DESC", (user_id,)).fetchall()
    return [row_to_todo(r) for r in rows]


@app.post("/todos")
async def create_todo(todo: Todo, authorization: str = Header(None)):
    user_id = get_user(authorization)
    cur = db.execute(
        "INSERT INTO todos (user_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user_id, todo.title, todo.description, todo.done),
    )
    db.commit()
    return {"id": cur.lastrowid, **todo.dict()}


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, authorization: str = Header(None)):
    user_id = get_user(authorization)
    row = db.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    if not row or row["user_id"] != user_id:
        raise HTTPException(404, "not found")
    return row_to_todo(row)


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request, authorization: str = Header(None)):
    get_user(authorization)
    data = await request.json()
    # only update the fields that were sent so the frontend can just send {"done": true}
    fields = ", ".join(f"{k} = ?" for k in data.keys())
    db.execute(f"UPDATE todos SET {fields} WHERE id = ?", (*data.values(), todo_id))
    db.commit()
    row = db.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    if not row:
        raise HTTPException(404, "not found")
    return row_to_todo(row)


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, authorization: str = Header(None)):
    user_id = get_user(authorization)
    db.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id))
    db.commit()
    return {"deleted": True}


@app.get("/stats")
async def stats(authorization: str = Header(None)):
    # for the dashboard widget
    user_id = get_user(authorization)
    rows = db.execute("SELECT * FROM todos WHERE user_id = ?", (user_id,)).fetchall()
    done = len([r for r in rows if r["done"]])
    return {"total": len(rows), "done": done, "open": len(rows) - done}
