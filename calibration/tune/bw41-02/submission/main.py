# todo api
#
# All state lives in preallocated tables (no database). Sizes are fixed at
# startup so memory use is bounded and known:
#
#   g_users  : MAX_USERS slots,  record = [name, salt, hash]
#   g_todos  : MAX_TODOS slots,  record = [id, owner, title, desc, done]
#   g_tokens : at most MAX_TOKENS entries, token -> (owner, expiry)
#
# A slot holding None is free. Deleting a todo frees its slot for reuse.

import hashlib
import hmac
import os
import secrets
import time

from fastapi import FastAPI, Header, HTTPException, Request, Response
from pydantic import BaseModel

MAX_USERS = 256
MAX_TODOS = 4096
MAX_TODOS_PER_USER = 256
MAX_TOKENS = 1024

MAX_USERNAME_LEN = 32
MAX_PASSWORD_LEN = 128
MIN_PASSWORD_LEN = 8
MAX_TITLE_LEN = 128
MAX_DESC_LEN = 1024

PAGE_DEFAULT = 20
PAGE_MAX = 100

SALT_LEN = 16
PBKDF2_ROUNDS = 200000
TOKEN_BYTES = 32
TOKEN_TTL_S = 3600

# user record fields
U_NAME = 0
U_SALT = 1
U_HASH = 2

# todo record fields
T_ID = 0
T_OWNER = 1
T_TITLE = 2
T_DESC = 3
T_DONE = 4

g_users = [None] * MAX_USERS
g_user_count = 0

g_todos = [None] * MAX_TODOS
g_next_todo_id = 1

g_tokens = {}

app = FastAPI(title="todo api")


class TodoIn(BaseModel):
    title: str
    description: str | None = None
    done: bool = False


# ---------------------------------------------------------------- helpers

def hash_pw(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)


def find_user(name):
    for i in range(g_user_count):
        if g_users[i][U_NAME] == name:
            return i
    return -1


def find_todo(todo_id):
    for i in range(MAX_TODOS):
        t = g_todos[i]
        if t is not None and t[T_ID] == todo_id:
            return i
    return -1


def purge_tokens():
    now = time.time()
    dead = [k for k, v in g_tokens.items() if v[1] < now]
    for k in dead:
        del g_tokens[k]


def auth(authorization):
    if authorization is None or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing token",
                            headers={"WWW-Authenticate": "Bearer"})
    tok = authorization[7:]
    ent = g_tokens.get(tok)
    if ent is None:
        raise HTTPException(status_code=401, detail="bad token",
                            headers={"WWW-Authenticate": "Bearer"})
    if ent[1] < time.time():
        del g_tokens[tok]
        raise HTTPException(status_code=401, detail="token expired",
                            headers={"WWW-Authenticate": "Bearer"})
    return ent[0]


def check_todo(todo):
    if len(todo.title) == 0 or len(todo.title) > MAX_TITLE_LEN:
        raise HTTPException(status_code=400, detail="title must be 1..%d chars" % MAX_TITLE_LEN)
    if todo.description is not None and len(todo.description) > MAX_DESC_LEN:
        raise HTTPException(status_code=400, detail="description max %d chars" % MAX_DESC_LEN)


def todo_to_dict(t):
    return {"id": t[T_ID], "title": t[T_TITLE], "description": t[T_DESC], "done": t[T_DONE]}


# ---------------------------------------------------------------- accounts

@app.post("/signup", status_code=201)
async def signup(request: Request):
    global g_user_count
    body = await request.json()
    name = body.get("username")
    pw = body.get("password")
    if not name or not pw:
        raise HTTPException(status_code=400, detail="username and password required")
    if len(name) > MAX_USERNAME_LEN:
        raise HTTPException(status_code=400, detail="username max %d chars" % MAX_USERNAME_LEN)
    if len(pw) < MIN_PASSWORD_LEN or len(pw) > MAX_PASSWORD_LEN:
        raise HTTPException(status_code=400, detail="password must be %d..%d chars"
                            % (MIN_PASSWORD_LEN, MAX_PASSWORD_LEN))
    if find_user(name) >= 0:
        raise HTTPException(status_code=409, detail="username taken")
    if g_user_count >= MAX_USERS:
        raise HTTPException(status_code=507, detail="user table full")

    salt = os.urandom(SALT_LEN)
    g_users[g_user_count] = [name, salt, hash_pw(pw, salt)]
    g_user_count += 1
    return {"id": g_user_count - 1, "username": name}


@app.post("/login")
async def login(request: Request):
    body = await request.json()
    name = body.get("username")
    pw = body.get("password")
    if not name or not pw:
        raise HTTPException(status_code=400, detail="username and password required")

    idx = find_user(name)
    if idx < 0:
        raise HTTPException(status_code=401, detail="bad username or password")
    h = hash_pw(pw, g_users[idx][U_SALT])
    if not hmac.compare_digest(h, g_users[idx][U_HASH]):
        raise HTTPException(status_code=401, detail="bad username or password")

    if len(g_tokens) >= MAX_TOKENS:
        purge_tokens()
        if len(g_tokens) >= MAX_TOKENS:
            raise HTTPException(status_code=503, detail="too many sessions")
    tok = secrets.token_hex(TOKEN_BYTES)
    g_tokens[tok] = (idx, time.time() + TOKEN_TTL_S)
    return {"access_token": tok, "token_type": "bearer"}


# ---------------------------------------------------------------- todos

@app.post("/todos", status_code=201)
async def create_todo(todo: TodoIn, authorization: str = Header(None)):
    global g_next_todo_id
    uid = auth(authorization)
    check_todo(todo)

    slot = -1
    n = 0
    for i in range(MAX_TODOS):
        t = g_todos[i]
        if t is None:
            if slot < 0:
                slot = i
        elif t[T_OWNER] == uid:
            n += 1
    if n >= MAX_TODOS_PER_USER:
        raise HTTPException(status_code=507, detail="todo limit per user reached")
    if slot < 0:
        raise HTTPException(status_code=507, detail="todo table full")

    g_todos[slot] = [g_next_todo_id, uid, todo.title, todo.description, todo.done]
    g_next_todo_id += 1
    return todo_to_dict(g_todos[slot])


@app.get("/todos")
async def list_todos(limit: int = PAGE_DEFAULT, offset: int = 0,
                     authorization: str = Header(None)):
    uid = auth(authorization)
    if limit < 1 or limit > PAGE_MAX or offset < 0:
        raise HTTPException(status_code=400, detail="limit must be 1..%d, offset >= 0" % PAGE_MAX)

    out = []
    skipped = 0
    for i in range(MAX_TODOS):
        t = g_todos[i]
        if t is None or t[T_OWNER] != uid:
            continue
        if skipped < offset:
            skipped += 1
            continue
        out.append(todo_to_dict(t))
        if len(out) == limit:
            break
    return out


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, authorization: str = Header(None)):
    uid = auth(authorization)
    i = find_todo(todo_id)
    if i < 0 or g_todos[i][T_OWNER] != uid:
        raise HTTPException(status_code=404, detail="todo not found")
    return todo_to_dict(g_todos[i])


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, todo: TodoIn, authorization: str = Header(None)):
    uid = auth(authorization)
    i = find_todo(todo_id)
    if i < 0 or g_todos[i][T_OWNER] != uid:
        raise HTTPException(status_code=404, detail="todo not found")
    check_todo(todo)

    t = g_todos[i]
    t[T_TITLE] = todo.title
    t[T_DESC] = todo.description
    t[T_DONE] = todo.done
    return todo_to_dict(t)


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, authorization: str = Header(None)):
    uid = auth(authorization)
    i = find_todo(todo_id)
    if i < 0:
        raise HTTPException(status_code=404, detail="todo not found")
    g_todos[i] = None
    return Response(status_code=204)
