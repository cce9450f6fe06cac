# Todo API - FastAPI
# to start: uvicorn main:app --reload
# database is created automatically (todos.db)

import sqlite3
import hashlib
import time
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

DB_FILE = "todos.db"
SECRET_SALT = "x9!kP2@todoapp_salt_2024"


def get_db():
    conn = sqlite3.connect(DB_FILE)
    conn.row_factory = sqlite3.Row
    return conn


def setup_database():
    conn = get_db()
    conn.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT,
        password TEXT,
        token TEXT,
        created TEXT
    )""")
    conn.execute("""CREATE TABLE IF NOT EXISTS todos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER,
        title TEXT,
        description TEXT,
        done INTEGER DEFAULT 0,
        created TEXT
    )""")
    conn.commit()
    conn.close()


setup_database()


def hash_password(password):
    return hashlib.md5((SECRET_SALT + password).encode()).hexdigest()


def get_current_user(request):
    auth = request.headers.get("Authorization")
    if not auth:
        return None
    token = auth.replace("Bearer ", "")
    conn = get_db()
    user = conn.execute("SELECT * FROM users WHERE token = ?", (token,)).fetchone()
    conn.close()
    return user


def not_logged_in():
    return JSONResponse({"error": "You must be logged in"}, status_code=401)


@app.get("/")
def home():
    return {"message": "Todo API is running"}


@app.post("/register")
def register(data: dict):
    username = data.get("username", "")
    password = data.get("password", "")
    if username == "" or password == "":
        return JSONResponse({"error": "username and password are required"}, status_code=400)

    conn = get_db()
    existing = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if existing:
        return JSONResponse({"error": "username already exists"}, status_code=400)

    conn.execute(
        "INSERT INTO users (username, password, created) VALUES (?, ?, ?)",
        (username, hash_password(password), time.strftime("%Y-%m-%d %H:%M:%S")),
    )
    conn.commit()
    user = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    conn.close()
    return {"success": True, "user": dict(user)}


@app.post("/login")
def login(data: dict):
    username = data.get("username", "")
    password = data.get("password", "")

    conn = get_db()
    user = conn.execute(
        "SELECT * FROM users WHERE username = ? AND password = ?",
        (username, hash_password(password)),
    ).fetchone()
    if not user:
        conn.close()
        return JSONResponse({"error": "wrong username or password"}, status_code=401)

    # new token every login
    token = hashlib.md5((username + str(time.time())).encode()).hexdigest()
    conn.execute("UPDATE users SET token = ? WHERE id = ?", (token, user["id"]))
    conn.commit()
    conn.close()
    return {"success": True, "token": token}


@app.get("/todos")
def list_todos(request: Request, limit: int = 10, offset: int = 0, search: str = ""):
    user = get_current_user(request)
    if not user:
        return not_logged_in()

    conn = get_db()
    sql = "SELECT * FROM todos WHERE user_id = " + str(user["id"])
    if search != "":
        sql += " AND title LIKE '%" + search + "%'"
    sql += " ORDER BY id DESC"
    rows = conn.execute(sql).fetchall()
    conn.close()

    todos = []
    for row in rows:
        todos.append(dict(row))

    return {
        "total": len(todos),
        "limit": limit,
        "offset": offset,
        "todos": todos[offset:offset + limit],
    }


@app.post("/todos")
def add_todo(request: Request, data: dict):
    user = get_current_user(request)
    if not user:
        return not_logged_in()

    title = data.get("title")
    if not title:
        return JSONResponse({"error": "title is required"}, status_code=400)
    description = data.get("description", "")
    done = data.get("done", 0)

    conn = get_db()
    cur = conn.execute(
        "INSERT INTO todos (user_id, title, description, done, created) VALUES (?, ?, ?, ?, ?)",
        (user["id"], title, description, done, time.strftime("%Y-%m-%d %H:%M:%S")),
    )
    conn.commit()
    todo = conn.execute("SELECT * FROM todos WHERE id = ?", (cur.lastrowid,)).fetchone()
    conn.close()
    return JSONResponse(dict(todo), status_code=201)


@app.get("/todos/{id}")
def get_todo(id: int, request: Request):
    user = get_current_user(request)
    if not user:
        return not_logged_in()

    conn = get_db()
    todo = conn.execute("SELECT * FROM todos WHERE id = ? AND user_id = ?", (id, user["id"])).fetchone()
    conn.close()
    if not todo:
        return JSONResponse({"error": "todo not found"}, status_code=404)
    return dict(todo)


@app.put("/todos/{id}")
def update_todo(id: int, request: Request, data: dict):
    user = get_current_user(request)
    if not user:
        return not_logged_in()

    conn = get_db()
    todo = conn.execute("SELECT * FROM todos WHERE id = ?", (id,)).fetchone()
    if not todo:
        conn.close()
        return JSONResponse({"error": "todo not found"}, status_code=404)

    title = data.get("title", todo["title"])
    description = data.get("description", todo["description"])
    done = data.get("done", todo["done"])

    conn.execute(
        "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ?",
        (title, description, done, id),
    )
    conn.commit()
    todo = conn.execute("SELECT * FROM todos WHERE id = ?", (id,)).fetchone()
    conn.close()
    return dict(todo)


@app.delete("/todos/{id}")
def delete_todo(id: int, request: Request):
    user = get_current_user(request)
    if not user:
        return not_logged_in()

    conn = get_db()
    todo = conn.execute("SELECT * FROM todos WHERE id = ? AND user_id = ?", (id, user["id"])).fetchone()
    if not todo:
        conn.close()
        return JSONResponse({"error": "todo not found"}, status_code=404)
    conn.execute("DELETE FROM todos WHERE id = ?", (id,))
    conn.commit()
    conn.close()
    return {"success": True, "message": "Todo deleted"}
