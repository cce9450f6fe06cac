from fastapi import FastAPI, Request, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
import json
import os
import time
import base64
from datetime import datetime

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

DB_FILE = "db.json"

users = []
todos = []
next_id = 1


def load():
    global users, todos, next_id
    if os.path.exists(DB_FILE):
        with open(DB_FILE) as f:
            data = json.load(f)
        users = data["users"]
        todos = data["todos"]
        next_id = data.get("next_id", len(todos) + 1)


def save():
    with open(DB_FILE, "w") as f:
        json.dump({"users": users, "todos": todos, "next_id": next_id}, f, indent=2)


load()


def make_token(username):
    return base64.b64encode(username.encode()).decode()


def user_from_token(request):
    token = request.headers.get("token")
    if not token:
        return None
    try:
        username = base64.b64decode(token).decode()
    except Exception:
        return None
    for u in users:
        if u["username"] == username:
            return u
    return None


def find_todo(id):
    for t in todos:
        if t["id"] == id:
            return t
    return None


@app.get("/")
async def home():
    return {"msg": "todo api running", "time": str(datetime.now()), "todos": len(todos)}


@app.post("/register")
async def register(request: Request):
    data = await request.json()
    for u in users:
        if u["username"] == data["username"]:
            return {"error": "user exists"}
    user = {
        "username": data["username"],
        "password": data["password"],
        "created": str(datetime.now()),
    }
    users.append(user)
    save()
    return user


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    time.sleep(1)  # slow down people guessing passwords
    for u in users:
        if u["username"] == data["username"] and u["password"] == data["password"]:
            return {"token": make_token(u["username"])}
    return {"error": "wrong username or password"}


@app.get("/users")
async def all_users():
    # for debugging
    return users


@app.get("/todos")
async def get_todos(request: Request):
    user = user_from_token(request)
    if user is None:
        return todos  # TODO remove, handy for testing
    return [t for t in todos if t["owner"] == user["username"]]


@app.post("/todos")
async def add_todo(request: Request):
    global next_id
    user = user_from_token(request)
    if user is None:
        raise HTTPException(401, "login first")
    data = await request.json()
    todo = {
        "id": next_id,
        "owner": user["username"],
        "title": data.get("title"),
        "description": data.get("description", ""),
        "done": False,
        "created": str(datetime.now()),
    }
    next_id += 1
    todos.append(todo)
    save()
    return todo


@app.get("/todos/{id}")
async def get_todo(id: int):
    t = find_todo(id)
    if t is None:
        raise HTTPException(404, "not found")
    return t


@app.put("/todos/{id}")
async def update_todo(id: int, request: Request):
    user = user_from_token(request)
    data = await request.json()
    t = find_todo(id)
    if t is None:
        raise HTTPException(404, "not found")
    t.update(data)
    save()
    return t


@app.post("/todos/{id}/done")
async def mark_done(id: int):
    t = find_todo(id)
    if t is None:
        raise HTTPException(404, "not found")
    t["done"] = True
    save()
    return t


@app.delete("/todos/{id}")
async def delete_todo(id: int, request: Request):
    user = user_from_token(request)
    for i, t in enumerate(todos):
        if t["id"] == id and t["owner"] == user["username"]:
            todos.pop(i)
            save()
            return {"deleted": True}
    return {"deleted": False}


@app.get("/todos/search")
async def search(q: str, request: Request):
    user = user_from_token(request)
    results = []
    for t in todos:
        if q.lower() in (t["title"] or "").lower():
            if user is None or t["owner"] == user["username"]:
                results.append(t)
    return results


@app.get("/stats")
async def stats():
    import pandas as pd

    df = pd.DataFrame(todos)
    if df.empty:
        return {}
    out = df.groupby("owner")["done"].agg(["count", "sum", "mean"])
    return out.to_dict(orient="index")


@app.get("/export")
async def export():
    import pandas as pd

    df = pd.DataFrame(todos)
    df.to_csv("export.csv", index=False)
    return FileResponse("export.csv", filename="todos.csv")
