import hashlib
import uuid

import aiosqlite
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()

DB_NAME = "todo.db"
db = None

# token -> user id
TOKENS = {}


@app.on_event("startup")
async def startup():
    global db
    db = await aiosqlite.connect(DB_NAME)
    db.row_factory = aiosqlite.Row
    await db.execute(
        "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT UNIQUE, password TEXT)"
    )
    await db.execute(
        "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, title TEXT, description TEXT, done INTEGER DEFAULT 0)"
    )
    await db.commit()


@app.on_event("shutdown")
async def shutdown():
    await db.close()


def hash_pw(password):
    return hashlib.sha256(password.encode()).hexdigest()


async def get_user_id(token):
    return TOKENS.get(token)


async def auth(request: Request):
    header = request.headers.get("Authorization")
    if not header or not header.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="not logged in")
    user_id = await get_user_id(header[7:])
    if user_id is None:
        raise HTTPException(status_code=401, detail="invalid token")
    return user_id


def todo_to_dict(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
    }


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]
    cursor = await db.execute(f"SELECT id FROM users WHERE username = '{username}'")
    if await cursor.fetchone():
        raise HTTPException(status_code=400, detail="username already exists")
    cursor = await db.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)", (username, hash_pw(password))
    )
    await db.commit()
    return {"id": cursor.lastrowid, "username": username}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    cursor = await db.execute(
        f"SELECT * FROM users WHERE username = '{data['username']}' AND password = '{hash_pw(data['password'])}'"
    )
    user = await cursor.fetchone()
    if user is None:
        raise HTTPException(status_code=401, detail="wrong username or password")
    token = str(uuid.uuid4())
    TOKENS[token] = user["id"]
    return {"token": token, "user": dict(user)}


@app.get("/todos")
async def get_todos(request: Request):
    user_id = await auth(request)
    cursor = await db.execute("SELECT * FROM todos WHERE user_id = ?", (user_id,))
    rows = await cursor.fetchall()
    return [todo_to_dict(r) for r in rows]


@app.post("/todos")
async def create_todo(request: Request):
    user_id = await auth(request)
    data = await request.json()
    cursor = await db.execute(
        "INSERT INTO todos (user_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user_id, data["title"], data.get("description"), data.get("done", False)),
    )
    await db.commit()
    return {"id": cursor.lastrowid, "title": data["title"], "description": data.get("description"), "done": data.get("done", False)}


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, request: Request):
    user_id = await auth(request)
    cursor = await db.execute("SELECT * FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id))
    row = await cursor.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="todo not found")
    return todo_to_dict(row)


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request):
    user_id = await auth(request)
    data = await request.json()
    cursor = await db.execute("SELECT * FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id))
    row = await cursor.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="todo not found")
    todo = todo_to_dict(row)
    for key in ["title", "description", "done"]:
        if key in data:
            todo[key] = data[key]
    await db.execute(
        "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ?",
        (todo["title"], todo["description"], todo["done"], todo_id),
    )
    await db.commit()
    return todo


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, request: Request):
    user_id = await auth(request)
    cursor = await db.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id))
    await db.commit()
    if cursor.rowcount == 0:
        raise HTTPException(status_code=404, detail="todo not found")
    return {"message": "todo deleted"}
