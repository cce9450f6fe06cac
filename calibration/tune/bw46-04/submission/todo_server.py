"""
todo_server.py

Small web server for keeping todo lists for several users.
Written for the FastAPI take-home exercise.

Usage:
    python todo_server.py

then the server is on http://localhost:8000 (see check_api.py for examples)

Data is stored in an SQLite file (todo_data.db) next to this script.

Author notes:
 - every user has a token after login, send it as "Authorization: Bearer <token>"
 - done is stored as 0/1 (sqlite has no bool)
"""

import hashlib
import secrets
import sqlite3
import time

import uvicorn
from fastapi import FastAPI, Request

# ---- settings ----
DB_FILE = "todo_data.db"
SETTLE_TIME = 0.05  # s, wait after writing so the file is flushed before next read
HOST = "0.0.0.0"
PORT = 8000

TODO_COLUMNS = ["id", "owner", "title", "description", "done", "created"]

app = FastAPI()

# one connection for the whole program (opening a new one each time is slow)
conn = sqlite3.connect(DB_FILE, check_same_thread=False)
cur = conn.cursor()

cur.execute(
    "CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, password TEXT)"
)
cur.execute(
    "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT, "
    "title TEXT, description TEXT, done INTEGER, created REAL)"
)
conn.commit()

# token -> username
SESSIONS = {}


def hash_pw(password):
    """
    Hash the password so it is not stored as plain text.

    Parameters
    ----------
    password : str

    Returns
    -------
    str : hex digest
    """
    return hashlib.sha256(password.encode()).hexdigest()


def row_to_dict(row):
    """convert a row from the todos table to a dictionary"""
    d = dict(zip(TODO_COLUMNS, row))
    d["done"] = bool(d["done"])
    return d


def get_user(request):
    """
    Find out which user is sending the request from the token.
    Returns None if no (valid) token.
    """
    auth = request.headers.get("Authorization")
    if auth is None:
        return None
    token = auth.replace("Bearer ", "")
    return SESSIONS.get(token)


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    cur.execute(f"SELECT * FROM users WHERE username = '{username}'")
    if cur.fetchone() is not None:
        return {"error": "user already exists"}

    cur.execute(f"INSERT INTO users VALUES ('{username}', '{hash_pw(password)}')")
    conn.commit()
    time.sleep(SETTLE_TIME)

    cur.execute(f"SELECT * FROM users WHERE username = '{username}'")
    row = cur.fetchone()
    return {"status": "ok", "user": {"username": row[0], "password": row[1]}}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    cur.execute(
        f"SELECT * FROM users WHERE username = '{username}' AND password = '{hash_pw(password)}'"
    )
    row = cur.fetchone()
    if row is None:
        return {"error": "wrong username or password"}

    token = secrets.token_hex(16)
    SESSIONS[token] = row[0]
    return {"access_token": token, "token_type": "bearer"}


@app.get("/todos")
async def list_todos(request: Request):
    user = get_user(request)
    if user is None:
        return {"error": "not logged in"}

    result = []
    cur.execute("SELECT * FROM todos")
    for row in cur.fetchall():
        if row[1] == user:
            result.append(row_to_dict(row))
    return result


@app.post("/todos", status_code=201)
async def create_todo(request: Request):
    user = get_user(request)
    if user is None:
        return {"error": "not logged in"}

    data = await request.json()
    title = data["title"]
    description = data.get("description", "")
    done = int(data.get("done", False))

    cur.execute(
        f"INSERT INTO todos (owner, title, description, done, created) "
        f"VALUES ('{user}', '{title}', '{description}', {done}, {time.time()})"
    )
    conn.commit()
    time.sleep(SETTLE_TIME)

    new_id = cur.lastrowid
    cur.execute(f"SELECT * FROM todos WHERE id = {new_id}")
    return row_to_dict(cur.fetchone())


@app.get("/todos/{todo_id}")
async def get_todo(todo_id, request: Request):
    user = get_user(request)
    if user is None:
        return {"error": "not logged in"}

    cur.execute(f"SELECT * FROM todos WHERE id = {todo_id}")
    row = cur.fetchone()
    if row is None:
        return {"error": "todo not found"}
    return row_to_dict(row)


@app.put("/todos/{todo_id}")
async def update_todo(todo_id, request: Request):
    user = get_user(request)
    if user is None:
        return {"error": "not logged in"}

    data = await request.json()
    cur.execute(f"SELECT * FROM todos WHERE id = {todo_id}")
    row = cur.fetchone()
    if row is None:
        return {"error": "todo not found"}
    todo = row_to_dict(row)

    title = data.get("title", todo["title"])
    description = data.get("description", todo["description"])
    done = int(data.get("done", todo["done"]))

    cur.execute(
        f"UPDATE todos SET title = '{title}', description = '{description}', done = {done} "
        f"WHERE id = {todo_id}"
    )
    conn.commit()
    time.sleep(SETTLE_TIME)

    cur.execute(f"SELECT * FROM todos WHERE id = {todo_id}")
    return row_to_dict(cur.fetchone())


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id, request: Request):
    user = get_user(request)
    if user is None:
        return {"error": "not logged in"}

    cur.execute(f"SELECT * FROM todos WHERE id = {todo_id}")
    row = cur.fetchone()
    if row is None or row[1] != user:
        return {"error": "todo not found"}

    cur.execute(f"DELETE FROM todos WHERE id = {todo_id}")
    conn.commit()
    time.sleep(SETTLE_TIME)
    return {"status": "deleted", "id": todo_id}


if __name__ == "__main__":
    uvicorn.run(app, host=HOST, port=PORT)
