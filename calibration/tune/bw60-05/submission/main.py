import itertools
from functools import reduce

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import Response

from auth import current_user, hash_password, make_token
from db import get_session, wait_for_db
from models import Todo, User
from repo import Repo

app = FastAPI()


@app.on_event("startup")
async def startup():
    await wait_for_db()


# ---- validation as a pipeline of small functions ----


def require(field):
    def step(data):
        if data.get(field) in (None, ""):
            raise HTTPException(status_code=400, detail=f"{field} is required")
        return data

    return step


def only(*fields):
    return lambda data: {k: v for k, v in data.items() if k in fields}


def strip_strings(data):
    return {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}


def validate(data, *steps):
    return reduce(lambda acc, step: step(acc), steps, data)


def to_json(entity):
    return entity.model_dump()


# ---- users ----


@app.post("/signup")
async def signup(request: Request, session=Depends(get_session)):
    data = validate(await request.json(), strip_strings, require("username"), require("password"))
    users = Repo(User, session)
    if await users.find(username=data["username"]):
        raise HTTPException(status_code=400, detail="user already exists")
    password_hash, salt = hash_password(data["password"])
    user = await users.create(username=data["username"], password_hash=password_hash, salt=salt)
    return {"id": user.id, "username": user.username}


@app.post("/login")
async def login(request: Request, session=Depends(get_session)):
    data = await request.json()
    found = await Repo(User, session).find(username=data.get("username"))
    if not found:
        raise HTTPException(status_code=401, detail="wrong username or password")
    user = found[0]
    password_hash, _ = hash_password(data.get("password", ""), user.salt)
    if password_hash != user.password_hash:
        raise HTTPException(status_code=401, detail="wrong username or password")
    return {"token": make_token(user.id)}


# ---- todos ----


@app.get("/todos")
async def list_todos(request: Request, user=Depends(current_user), session=Depends(get_session)):
    limit = int(request.query_params.get("limit", 20))
    offset = int(request.query_params.get("offset", 0))
    todos = await Repo(Todo, session).find(owner_id=user.id)
    page = itertools.islice(sorted(todos, key=lambda t: t.id), offset, offset + limit)
    return list(map(to_json, page))


@app.get("/todos/search")
async def search_todos(q: str, user=Depends(current_user), session=Depends(get_session)):
    return await Repo(Todo, session).raw(
        f"SELECT * FROM todo WHERE owner_id = {user.id} AND title ILIKE '%{q}%' ORDER BY id"
    )


@app.post("/todos", status_code=201)
async def create_todo(request: Request, user=Depends(current_user), session=Depends(get_session)):
    data = validate(
        await request.json(),
        only("title", "description", "done"),
        strip_strings,
        require("title"),
    )
    todo = await Repo(Todo, session).create(owner_id=user.id, **data)
    return to_json(todo)


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, user=Depends(current_user), session=Depends(get_session)):
    todo = await Repo(Todo, session).get(todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="todo not found")
    return to_json(todo)


@app.put("/todos/{todo_id}")
async def update_todo(
    todo_id: int, request: Request, user=Depends(current_user), session=Depends(get_session)
):
    repo = Repo(Todo, session)
    todo = await repo.get(todo_id)
    if todo is None or todo.owner_id != user.id:
        raise HTTPException(status_code=404, detail="todo not found")
    changes = validate(await request.json(), strip_strings)
    todo = await repo.update(todo, **changes)
    return to_json(todo)


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, user=Depends(current_user), session=Depends(get_session)):
    repo = Repo(Todo, session)
    todo = await repo.get(todo_id)
    if todo is None or todo.owner_id != user.id:
        raise HTTPException(status_code=404, detail="todo not found")
    await repo.delete(todo)
    return Response(status_code=204)
