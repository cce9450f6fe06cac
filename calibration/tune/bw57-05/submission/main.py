import asyncio
import hashlib
import json
import os
import secrets
import time

from fastapi import FastAPI, Request, HTTPException
from fastapi.responses import JSONResponse, Response

app = FastAPI()

SAVE_FILE = "save.json"

users = {}
tokens = {}
todos = {}
next_id = 1


def load():
    global users, todos, next_id
    if os.path.exists(SAVE_FILE):
        with open(SAVE_FILE) as f:
            data = json.load(f)
        users = data["users"]
        todos = {int(k): v for k, v in data["todos"].items()}
        next_id = data["next_id"]


async def save():
    data = {"users": users, "todos": todos, "next_id": next_id}
    with open(SAVE_FILE, "w") as f:
        f.write(json.dumps(data, indent=2))


@app.on_event("startup")
async def startup():
    load()


def hash_pw(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


async def whoami(request):
    auth = request.headers.get("authorization", "")
    tok = auth.replace("Bearer ", "")
    if tok not in tokens:
        raise HTTPException(401, "who are you??")
    return tokens[tok]


def sorted_todos():
    # done ones go to the bottom, high priority first, then oldest first
    return sorted(
        todos.values(),
        key=lambda t: (t["done"], -t.get("priority", 0), t["created"]),
    )


@app.post("/signup", status_code=201)
async def signup(request: Request):
    body = await request.json()
    name = body["username"]
    if name in users:
        raise HTTPException(400, "name taken")
    users[name] = {"username": name, "password": hash_pw(body["password"]), "joined": time.time()}
    asyncio.create_task(save())
    return users[name]


@app.post("/login")
async def login(request: Request):
    form = await request.form()
    name = form.get("username")
    pw = form.get("password")
    if name not in users or users[name]["password"] != hash_pw(pw):
        raise HTTPException(401, "nope")
    tok = secrets.token_hex(16)
    tokens[tok] = name
    return {"access_token": tok, "token_type": "bearer"}


@app.get("/todos")
async def list_todos(request: Request):
    me = await whoami(request)
    limit = int(request.query_params.get("limit", 50))
    offset = int(request.query_params.get("offset", 0))
    mine = [t for t in sorted_todos() if t["owner"] == me]
    return mine[offset : offset + limit]


@app.post("/todos", status_code=201)
async def create_todo(request: Request):
    global next_id
    me = await whoami(request)
    body = await request.json()
    todo = {
        "id": next_id,
        "title": body["title"],
        "description": body.get("description"),
        "done": body.get("done", False),
        "priority": body.get("priority", 0),
        "owner": me,
        "created": time.time(),
    }
    todos[next_id] = todo
    next_id += 1
    asyncio.create_task(save())
    return todo


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, request: Request):
    me = await whoami(request)
    t = todos.get(todo_id)
    if not t or t["owner"] != me:
        raise HTTPException(404, "no such todo")
    return t


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request):
    me = await whoami(request)
    t = todos.get(todo_id)
    if not t or t["owner"] != me:
        raise HTTPException(404, "no such todo")
    body = await request.json()
    for k in ["title", "description", "done", "priority"]:
        if k in body:
            t[k] = body[k]
    asyncio.create_task(save())
    return t


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, request: Request):
    await whoami(request)
    if todo_id not in todos:
        raise HTTPException(404, "no such todo")
    del todos[todo_id]
    asyncio.create_task(save())
    return Response(status_code=204)


@app.get("/leaderboard")
async def leaderboard():
    # who finished the most stuff
    scores = {}
    for t in todos.values():
        if t["done"]:
            scores[t["owner"]] = scores.get(t["owner"], 0) + 1
    board = sorted(scores.items(), key=lambda x: -x[1])
    return JSONResponse([{"user": u, "done": n} for u, n in board])
