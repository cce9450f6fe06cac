# My Todo API
# Final project - FastAPI + SQLite
# Each user has their own todo list (like separate accounts in a ledger)

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
import sqlite3
import hashlib
from jose import jwt
from datetime import datetime, timedelta

app = FastAPI()

SECRET_KEY = "mysecretkey123"
ALGORITHM = "HS256"

# open the database (one file, like the general ledger)
conn = sqlite3.connect("todos.db", check_same_thread=False)
cursor = conn.cursor()

# set up the tables the first time the app runs
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
    user_id INTEGER,
    title TEXT,
    description TEXT,
    done INTEGER
)
""")
conn.commit()


class User(BaseModel):
    username: str
    password: str


class Todo(BaseModel):
    title: str
    description: str = ""
    done: bool = False


# ---------- helper functions ----------

def hash_password(password):
    # never save the real password, only the hash
    return hashlib.sha256(password.encode()).hexdigest()


def create_token(username):
    expire = datetime.utcnow() + timedelta(hours=24)
    data = {"sub": username, "exp": expire}
    token = jwt.encode(data, SECRET_KEY, algorithm=ALGORITHM)
    return token


def get_user_from_token(token):
    try:
        data = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = data["sub"]
    except:
        raise HTTPException(status_code=401, detail="Invalid token")

    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    user = cursor.fetchone()
    return user


def row_to_todo(row):
    # turn a database row into a dictionary
    return {
        "id": row[0],
        "title": row[2],
        "description": row[3],
        "done": bool(row[4]),
    }


# ---------- routes ----------

@app.get("/")
async def home():
    return {"message": "Welcome to my Todo App!"}


@app.post("/signup")
async def signup(user: User):
    # Step 1: check the username is not taken
    cursor.execute(f"SELECT * FROM users WHERE username = '{user.username}'")
    existing = cursor.fetchone()
    if existing:
        return {"error": "User already exists"}

    # Step 2: save the new user
    hashed = hash_password(user.password)
    cursor.execute(f"INSERT INTO users (username, password) VALUES ('{user.username}', '{hashed}')")
    conn.commit()

    return {"message": "User created successfully", "username": user.username, "password": hashed}


@app.post("/login")
async def login(user: User):
    hashed = hash_password(user.password)
    cursor.execute(
        f"SELECT * FROM users WHERE username = '{user.username}' AND password = '{hashed}'"
    )
    result = cursor.fetchone()

    if result is None:
        raise HTTPException(status_code=401, detail="Wrong username or password")

    token = create_token(user.username)
    return {"token": token}


@app.get("/todos")
async def get_todos(token: str):
    user = get_user_from_token(token)
    user_id = user[0]

    # go through every todo and keep the ones that belong to this user
    cursor.execute("SELECT * FROM todos")
    all_todos = cursor.fetchall()

    my_todos = []
    for row in all_todos:
        if row[1] == user_id:
            my_todos.append(row_to_todo(row))

    return my_todos


@app.post("/todos")
async def create_todo(todo: Todo, token: str):
    user = get_user_from_token(token)

    cursor.execute(
        f"INSERT INTO todos (user_id, title, description, done) "
        f"VALUES ({user[0]}, '{todo.title}', '{todo.description}', {int(todo.done)})"
    )
    conn.commit()

    return {"message": "Todo added", "id": cursor.lastrowid}


@app.get("/todos/{id}")
async def get_todo(id: int, token: str):
    user = get_user_from_token(token)

    cursor.execute(f"SELECT * FROM todos WHERE id = {id}")
    row = cursor.fetchone()

    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    return row_to_todo(row)


@app.put("/todos/{id}")
async def update_todo(id: int, token: str, data: dict):
    user = get_user_from_token(token)

    cursor.execute(f"SELECT * FROM todos WHERE id = {id} AND user_id = {user[0]}")
    row = cursor.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    # keep the old value if a new one was not sent
    title = data.get("title", row[2])
    description = data.get("description", row[3])
    done = data.get("done", row[4])

    cursor.execute(
        f"UPDATE todos SET title = '{title}', description = '{description}', done = {done} "
        f"WHERE id = {id}"
    )
    conn.commit()

    return {"message": "Todo updated"}


@app.delete("/todos/{id}")
async def delete_todo(id: int, token: str):
    user = get_user_from_token(token)

    cursor.execute(f"DELETE FROM todos WHERE id = {id}")
    conn.commit()

    return {"message": "Todo deleted"}
