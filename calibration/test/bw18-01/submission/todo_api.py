"""
Minimal multi-user todo API.

Storage is a small column store held in memory: every field lives in its own
array and a row is just an integer index into all of them.  Ownership and the
"alive" flag are numpy arrays so that listing a user's todos is a single
vectorised mask instead of a python loop over every todo in the system.

Run:  uvicorn todo_api:app --reload
"""
import hashlib
import hmac
import os
import secrets
import time

import numpy as np
from fastapi import FastAPI, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

app = FastAPI(title="Todo API", version="0.1")

PBKDF2_ITERS = int(os.environ.get("PBKDF2_ITERS", 600_000))  # OWASP 2023 value for sha256
TOKEN_TTL = float(os.environ.get("TOKEN_TTL", 3600 * 12))


# ----------------------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------------------
class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=8, max_length=128)


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(None, max_length=2000)
    done: bool = False


class TodoOut(TodoIn):
    id: int


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class UserOut(BaseModel):
    id: int
    username: str


# ----------------------------------------------------------------------------------------
# storage
# ----------------------------------------------------------------------------------------
class ColumnStore:
    """Struct-of-arrays storage. Capacity doubles when full (amortised O(1) append)."""

    def __init__(self, cap=64):
        self.n = 0
        self.owner = np.full(cap, -1, dtype=np.int64)
        self.alive = np.zeros(cap, dtype=bool)
        self.title = [None] * cap
        self.desc = [None] * cap
        self.done = np.zeros(cap, dtype=bool)

    def _grow(self):
        cap = 2 * len(self.owner)
        self.owner = np.concatenate([self.owner, np.full(cap - len(self.owner), -1, dtype=np.int64)])
        self.alive = np.concatenate([self.alive, np.zeros(cap - len(self.alive), dtype=bool)])
        self.done = np.concatenate([self.done, np.zeros(cap - len(self.done), dtype=bool)])
        self.title += [None] * (cap - len(self.title))
        self.desc += [None] * (cap - len(self.desc))

    def append(self, uid, title, desc, done):
        if self.n == len(self.owner):
            self._grow()
        i = self.n
        self.owner[i], self.alive[i], self.done[i] = uid, True, done
        self.title[i], self.desc[i] = title, desc
        self.n += 1
        return i

    def rows_of(self, uid):
        # indices of the live rows belonging to uid, in insertion order
        return np.flatnonzero((self.owner[: self.n] == uid) & self.alive[: self.n])

    def get(self, i, uid):
        if i < 0 or i >= self.n or not self.alive[i] or self.owner[i] != uid:
            return None
        return i

    def row(self, i):
        return {"id": int(i), "title": self.title[i], "description": self.desc[i], "done": bool(self.done[i])}


todos = ColumnStore()
users = {}    # username -> (uid, salt, hash)
tokens = {}   # token -> (uid, expiry)


def _hash_pw(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERS)


def _auth(authorization=Header(None)):
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    tok = authorization.split(None, 1)[1].strip()
    hit = tokens.get(tok)
    if hit is None or hit[1] < time.time():
        tokens.pop(tok, None)
        raise HTTPException(401, "invalid or expired token", headers={"WWW-Authenticate": "Bearer"})
    return hit[0]


# ----------------------------------------------------------------------------------------
# accounts
# ----------------------------------------------------------------------------------------
@app.post("/signup", response_model=UserOut, status_code=201, summary="Create an account")
async def signup(cred: Credentials):
    if cred.username in users:
        raise HTTPException(409, "username taken")
    salt = os.urandom(16)
    uid = len(users) + 1
    users[cred.username] = (uid, salt, _hash_pw(cred.password, salt))
    return {"id": uid, "username": cred.username}


@app.post("/login", response_model=TokenOut, summary="Exchange username/password for a bearer token")
async def login(cred: Credentials):
    rec = users.get(cred.username)
    # hash anyway when the user does not exist so both branches cost the same
    salt = rec[1] if rec else b"\x00" * 16
    h = _hash_pw(cred.password, salt)
    if rec is None or not hmac.compare_digest(h, rec[2]):
        raise HTTPException(401, "bad username or password", headers={"WWW-Authenticate": "Bearer"})
    tok = secrets.token_urlsafe(32)
    tokens[tok] = (rec[0], time.time() + TOKEN_TTL)
    return {"access_token": tok}


# ----------------------------------------------------------------------------------------
# todos
# ----------------------------------------------------------------------------------------
@app.post("/todos", response_model=TodoOut, status_code=201, summary="Create a todo")
async def create_todo(t: TodoIn, authorization: str | None = Header(None)):
    uid = _auth(authorization)
    i = todos.append(uid, t.title, t.description, t.done)
    return todos.row(i)


@app.get("/todos", response_model=list[TodoOut], summary="List my todos")
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    done: bool | None = None,
    authorization: str | None = Header(None),
):
    uid = _auth(authorization)
    idx = todos.rows_of(uid)
    if done is not None:
        idx = idx[todos.done[idx] == done]
    return [todos.row(i) for i in idx[offset: offset + limit]]


@app.get("/todos/{todo_id}", response_model=TodoOut, summary="Read one todo")
async def get_todo(todo_id: int, authorization: str | None = Header(None)):
    uid = _auth(authorization)
    i = todos.get(todo_id, uid)
    if i is None:
        raise HTTPException(404, "todo not found")
    return todos.row(i)


@app.patch("/todos/{todo_id}", response_model=TodoOut, summary="Update fields of a todo")
async def update_todo(todo_id: int, request: Request, authorization: str | None = Header(None)):
    uid = _auth(authorization)
    i = todos.get(todo_id, uid)
    if i is None:
        raise HTTPException(404, "todo not found")
    patch = await request.json()
    # only the three user-editable columns, anything else in the body is ignored
    for k, v in patch.items():
        if k == "title":
            todos.title[i] = v
        elif k == "description":
            todos.desc[i] = v
        elif k == "done":
            todos.done[i] = bool(v)
    return todos.row(i)


@app.delete("/todos/{todo_id}", status_code=204, summary="Delete a todo")
async def delete_todo(todo_id: int, authorization: str | None = Header(None)):
    uid = _auth(authorization)
    i = todos.get(todo_id, uid)
    if i is None:
        raise HTTPException(404, "todo not found")
    todos.alive[i] = False  # tombstone; the slot is never reused so ids stay unique
    return Response(status_code=204)
