"""Todo API - FastAPI, in-memory storage, JWT bearer auth."""

from __future__ import annotations

import itertools
import os
import secrets
import threading
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, ConfigDict, Field

# Falls back to a per-process random key: tokens then die with the process, which is fine for dev.
SECRET_KEY = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(32)
ALGORITHM = "HS256"
TOKEN_TTL = timedelta(minutes=int(os.environ.get("TOKEN_TTL_MINUTES", "30")))

app = FastAPI(title="Todo API", version="0.1.0")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")
hasher = PasswordHasher()


# --- models -----------------------------------------------------------------

class UserIn(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=256)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class TodoPatch(BaseModel):
    # Only fields the client sent are applied (exclude_unset); the None defaults are never
    # validated, so an explicit null title/done is still a 422.
    model_config = ConfigDict(extra="forbid")

    title: str = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = None  # type: ignore[assignment]


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class _User(BaseModel):
    id: int
    username: str
    password_hash: str


# --- storage ----------------------------------------------------------------
# Todos are bucketed per owner so listing never scans other users' data.

_user_ids = itertools.count(1)
_todo_ids = itertools.count(1)
_users: dict[str, _User] = {}
_todos: dict[int, dict[int, TodoOut]] = {}
_users_lock = threading.Lock()


# --- auth -------------------------------------------------------------------

def _issue_token(user: _User) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": user.username, "iat": now, "exp": now + TOKEN_TTL}, SECRET_KEY, ALGORITHM)


def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> _User:
    unauthorized = HTTPException(
        status.HTTP_401_UNAUTHORIZED, "Invalid or expired token", headers={"WWW-Authenticate": "Bearer"}
    )
    try:
        username = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])["sub"]
    except (jwt.PyJWTError, KeyError):
        raise unauthorized from None
    user = _users.get(username)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[_User, Depends(current_user)]


@app.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED, tags=["auth"])
def sign_up(body: UserIn) -> UserOut:
    """Create an account."""
    password_hash = hasher.hash(body.password)
    with _users_lock:
        if body.username in _users:
            raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
        user = _User(id=next(_user_ids), username=body.username, password_hash=password_hash)
        _users[user.username] = user
        _todos[user.id] = {}
    return UserOut(id=user.id, username=user.username)


@app.post("/token", response_model=Token, tags=["auth"])
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    """OAuth2 password flow: exchange username/password for a bearer token."""
    user = _users.get(form.username)
    try:
        if user is None:
            raise VerifyMismatchError
        hasher.verify(user.password_hash, form.password)
    except VerifyMismatchError:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Incorrect username or password", headers={"WWW-Authenticate": "Bearer"}
        ) from None
    return Token(access_token=_issue_token(user))


# --- todos ------------------------------------------------------------------

def _get_owned(user: _User, todo_id: int) -> TodoOut:
    todo = _todos[user.id].get(todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@app.get("/todos", response_model=list[TodoOut], tags=["todos"])
async def list_todos(
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[TodoOut]:
    """List your todos, oldest first."""
    return list(itertools.islice(_todos[user.id].values(), offset, offset + limit))


@app.post("/todos", response_model=TodoOut, status_code=status.HTTP_201_CREATED, tags=["todos"])
async def create_todo(body: TodoIn, user: CurrentUser) -> TodoOut:
    todo = TodoOut(id=next(_todo_ids), created_at=datetime.now(timezone.utc), **body.model_dump())
    _todos[user.id][todo.id] = todo
    return todo


@app.get("/todos/{todo_id}", response_model=TodoOut, tags=["todos"])
async def get_todo(todo_id: int, user: CurrentUser) -> TodoOut:
    return _get_owned(user, todo_id)


@app.patch("/todos/{todo_id}", response_model=TodoOut, tags=["todos"])
async def update_todo(todo_id: int, body: TodoPatch, user: CurrentUser) -> TodoOut:
    todo = _get_owned(user, todo_id)
    updated = todo.model_copy(update=body.model_dump(exclude_unset=True))
    _todos[user.id][todo_id] = updated
    return updated


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["todos"])
async def delete_todo(todo_id: int, user: CurrentUser) -> None:
    _get_owned(user, todo_id)
    del _todos[user.id][todo_id]
