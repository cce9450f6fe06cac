# todos -- one file, no ceremony.
import hashlib
import secrets
from itertools import count

from fastapi import FastAPI, Header, HTTPException, Request, Response

app = FastAPI(title="todos")

USERS = {}   # username -> password digest
TOKENS = {}  # token -> username
TODOS = {}   # id -> todo
ids = count(1)

FIELDS = ("title", "description", "done")


def digest(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def whoami(authorization):
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "log in first")
    name = TOKENS.get(authorization[7:])
    if name is None:
        raise HTTPException(401, "bad token")
    return name


def public(t):
    return {k: t[k] for k in ("id", "title", "description", "done")}


def find(id, me):
    t = TODOS.get(id)
    if t is None or t["owner"] != me:
        raise HTTPException(404, "no such todo")
    return t


@app.post("/signup", status_code=201)
async def signup(req: Request):
    body = await req.json()
    name, pw = body["username"], body["password"]
    if name in USERS:
        raise HTTPException(409, "username taken")
    USERS[name] = digest(pw)
    return {"username": name}


@app.post("/login")
async def login(req: Request):
    body = await req.json()
    name = body.get("username")
    if name not in USERS or USERS[name] != digest(body.get("password", "")):
        raise HTTPException(401, "wrong username or password")
    token = secrets.token_hex(20)
    TOKENS[token] = name
    return {"access_token": token, "token_type": "bearer"}


@app.get("/todos")
async def index(limit: int = 20, offset: int = 0, authorization: str = Header(None)):
    me = whoami(authorization)
    mine = [t for t in TODOS.values() if t["owner"] == me]
    return [public(t) for t in mine[offset:offset + limit]]


@app.post("/todos", status_code=201)
async def create(req: Request, authorization: str = Header(None)):
    me = whoami(authorization)
    body = await req.json()
    if not body.get("title"):
        raise HTTPException(422, "title is required")
    t = {
        "id": next(ids),
        "owner": me,
        "title": body["title"],
        "description": body.get("description"),
        "done": bool(body.get("done", False)),
    }
    TODOS[t["id"]] = t
    return public(t)


@app.get("/todos/{id}")
async def show(id: int, authorization: str = Header(None)):
    return public(find(id, whoami(authorization)))


@app.put("/todos/{id}")
async def update(id: int, req: Request, authorization: str = Header(None)):
    t = find(id, whoami(authorization))
    body = await req.json()
    t.update({k: v for k, v in body.items() if k in FIELDS})
    return public(t)


@app.delete("/todos/{id}", status_code=204)
async def destroy(id: int, authorization: str = Header(None)):
    find(id, whoami(authorization))
    del TODOS[id]
    return Response(status_code=204)
