from fastapi import FastAPI, Request
from pydantic import BaseModel
from jose import jwt
import sqlite3
import hashlib
import datetime

app = FastAPI()

SECRET_KEY = "supersecretkey123"
ALGORITHM = "HS256"

conn = sqlite3.connect("todos.db", check_same_thread=False)
conn.row_factory = sqlite3.Row
cursor = conn.cursor()

cursor.execute("""
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT,
    password TEXT
)
""")
cursor.execute("""
CREATE TABLE IF NOT EXISTS todos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    description TEXT,
    done INTEGER DEFAULT 0,
    user_id INTEGER
)
""")
conn.commit()


class TodoCreate(BaseModel):
    title: str
    description: str = None
    done: bool = False


def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def create_token(username):
    data = {
        "sub": username,
        "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=24),
    }
    return jwt.encode(data, SECRET_KEY, algorithm=ALGORITHM)


def get_user(request):
    try:
        auth = request.headers.get("Authorization")
        token = auth.split(" ")[1]
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload["sub"]
        cursor.execute("SELECT * FROM users WHERE username = ?", (username,))
        user = cursor.fetchone()
        return user
    except Exception:
        return None


def row_to_todo(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
        "user_id": row["user_id"],
    }


@app.get("/")
async def root():
    return {"message": "Todo API is running"}


@app.post("/signup")
async def signup(request: Request):
    try:
        data = await request.json()
        username = data["username"]
        password = data["password"]

        users = cursor.execute("SELECT username FROM users").fetchall()
        for u in users:
            if u["username"] == username:
                return {"error": "username already exists"}

        hashed = hash_password(password)
        cursor.execute(
            "INSERT INTO users (username, password) VALUES (?, ?)", (username, hashed)
        )
        conn.commit()
        return {
            "message": "user created",
            "user": {"id": cursor.lastrowid, "username": username, "password": hashed},
        }
    except Exception as e:
        return {"error": str(e)}


@app.post("/login")
async def login(request: Request):
    try:
        data = await request.json()
        username = data["username"]
        password = hash_password(data["password"])
        cursor.execute(
            f"SELECT * FROM users WHERE username = '{username}' AND password = '{password}'"
        )
        user = cursor.fetchone()
        if user is None:
            return {"error": "wrong username or password"}
        token = create_token(user["username"])
        return {"access_token": token, "token_type": "bearer"}
    except Exception as e:
        return {"error": str(e)}


@app.post("/todos")
async def create_todo(todo: TodoCreate, request: Request):
    user = get_user(request)
    if not user:
        return {"error": "not authorized"}
    try:
        cursor.execute(
            "INSERT INTO todos (title, description, done, user_id) VALUES (?, ?, ?, ?)",
            (todo.title, todo.description, int(todo.done), user["id"]),
        )
        conn.commit()
        return {
            "id": cursor.lastrowid,
            "title": todo.title,
            "description": todo.description,
            "done": todo.done,
        }
    except Exception as e:
        return {"error": str(e)}


@app.get("/todos")
async def get_todos(request: Request):
    user = get_user(request)
    if not user:
        return {"error": "not authorized"}
    try:
        cursor.execute("SELECT * FROM todos WHERE user_id = ?", (user["id"],))
        rows = cursor.fetchall()
        todos = []
        for row in rows:
            todos.append(row_to_todo(row))
        return todos
    except Exception as e:
        return {"error": str(e)}


@app.get("/todos/{id}")
async def get_todo(id: int, request: Request):
    user = get_user(request)
    if not user:
        return {"error": "not authorized"}
    try:
        cursor.execute("SELECT * FROM todos WHERE id = ?", (id,))
        row = cursor.fetchone()
        if row is None:
            return {"error": "todo not found"}
        return row_to_todo(row)
    except Exception as e:
        return {"error": str(e)}


@app.put("/todos/{id}")
async def update_todo(id: int, request: Request):
    user = get_user(request)
    if not user:
        return {"error": "not authorized"}
    try:
        data = await request.json()
        fields = []
        values = []
        for key in data:
            fields.append(f"{key} = ?")
            values.append(data[key])
        values.append(id)
        cursor.execute(f"UPDATE todos SET {', '.join(fields)} WHERE id = ?", values)
        conn.commit()
        cursor.execute("SELECT * FROM todos WHERE id = ?", (id,))
        row = cursor.fetchone()
        return row_to_todo(row)
    except Exception as e:
        return {"error": str(e)}


@app.delete("/todos/{id}")
async def delete_todo(id: int, request: Request):
    user = get_user(request)
    if not user:
        return {"error": "not authorized"}
    try:
        cursor.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (id, user["id"]))
        conn.commit()
        return {"message": "todo deleted"}
    except Exception as e:
        return {"error": str(e)}
