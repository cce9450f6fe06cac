from fastapi import FastAPI, Request, Header, HTTPException
from fastapi.middleware.cors import CORSMiddleware
import sqlite3
import uuid

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

conn = sqlite3.connect("todos.db", check_same_thread=False)
conn.row_factory = sqlite3.Row
cursor = conn.cursor()

cursor.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT, password TEXT)")
cursor.execute("CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, description TEXT, done INTEGER DEFAULT 0, user_id INTEGER)")
conn.commit()

# logged in users
tokens = {}


@app.get("/")
async def root():
    return {"message": "Todo API is running!"}


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    if cursor.fetchone():
        return {"error": "user already exists"}

    cursor.execute(f"INSERT INTO users (username, password) VALUES ('{username}', '{password}')")
    conn.commit()
    return {"id": cursor.lastrowid, "username": username, "password": password}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    cursor.execute(f"SELECT * FROM users WHERE username = '{data['username']}' AND password = '{data['password']}'")
    user = cursor.fetchone()
    if user is None:
        raise HTTPException(status_code=401, detail="wrong username or password")
    print("user logged in:", user["username"])
    token = str(uuid.uuid4())
    tokens[token] = user["id"]
    return {"token": token}


def get_user_id(token):
    if token not in tokens:
        raise HTTPException(status_code=401, detail="not logged in")
    return tokens[token]


@app.get("/todos")
async def get_todos(token: str = Header()):
    user_id = get_user_id(token)
    cursor.execute("SELECT * FROM todos")
    rows = cursor.fetchall()
    todos = []
    for row in rows:
        if row["user_id"] == user_id:
            todos.append(dict(row))
    return todos


@app.post("/todos")
async def create_todo(request: Request, token: str = Header()):
    user_id = get_user_id(token)
    data = await request.json()
    title = data["title"]
    description = data.get("description", "")
    cursor.execute(f"INSERT INTO todos (title, description, done, user_id) VALUES ('{title}', '{description}', 0, {user_id})")
    conn.commit()
    return {"id": cursor.lastrowid, "title": title, "description": description, "done": False}


@app.get("/todos/{id}")
async def get_todo(id, token: str = Header()):
    get_user_id(token)
    cursor.execute(f"SELECT * FROM todos WHERE id = {id}")
    todo = cursor.fetchone()
    if todo is None:
        raise HTTPException(status_code=404, detail="todo not found")
    return dict(todo)


@app.put("/todos/{id}")
async def update_todo(id, request: Request, token: str = Header()):
    get_user_id(token)
    data = await request.json()
    cursor.execute(f"UPDATE todos SET title = '{data['title']}', description = '{data['description']}', done = {data['done']} WHERE id = {id}")
    conn.commit()
    return {"message": "todo updated"}


@app.delete("/todos/{id}")
async def delete_todo(id, token: str = Header()):
    get_user_id(token)
    cursor.execute(f"DELETE FROM todos WHERE id = {id}")
    conn.commit()
    return {"message": "todo deleted"}
