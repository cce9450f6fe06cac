# todo api
# run with: uvicorn app:app --reload

import uuid
from datetime import datetime

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

# "database"
users = {}    # username -> user dict
tokens = {}   # token -> username
todos = {}    # id -> todo dict
next_id = 1


def current_user(authorization):
    if not authorization:
        raise HTTPException(status_code=401, detail="not logged in")
    token = authorization.replace("Bearer ", "")
    if token not in tokens:
        raise HTTPException(status_code=401, detail="bad token")
    return tokens[token]


@app.get("/")
async def root():
    return {"msg": "todo api is running", "users": len(users), "todos": len(todos)}


@app.post("/register")
async def register(request: Request):
    data = await request.json()
    username = data["username"]
    if username in users:
        raise HTTPException(status_code=400, detail="user exists")
    user = {
        "username": username,
        "password": data["password"],
        "created": str(datetime.now()),
    }
    users[username] = user
    return user


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    user = users.get(data["username"])
    if user is None or user["password"] != data["password"]:
        raise HTTPException(status_code=401, detail="wrong username or password")
    token = str(uuid.uuid4())
    tokens[token] = user["username"]
    return {"access_token": token, "token_type": "bearer"}


@app.get("/todos")
async def get_todos(authorization: str = Header(None)):
    user = current_user(authorization)
    result = []
    for t in todos.values():
        if t["owner"] == user:
            result.append(t)
    return result


@app.post("/todos")
async def add_todo(request: Request, authorization: str = Header(None)):
    global next_id
    user = current_user(authorization)
    data = await request.json()
    todo = {
        "id": next_id,
        "title": data["title"],
        "description": data.get("description", ""),
        "done": data.get("done", False),
        "owner": user,
    }
    todos[next_id] = todo
    next_id += 1
    return todo


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, authorization: str = Header(None)):
    current_user(authorization)
    if todo_id not in todos:
        raise HTTPException(status_code=404, detail="not found")
    return todos[todo_id]


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request, authorization: str = Header(None)):
    current_user(authorization)
    if todo_id not in todos:
        raise HTTPException(status_code=404, detail="not found")
    data = await request.json()
    todos[todo_id].update(data)
    return todos[todo_id]


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, authorization: str = Header(None)):
    current_user(authorization)
    if todo_id not in todos:
        raise HTTPException(status_code=404, detail="not found")
    del todos[todo_id]
    return {"ok": True}
