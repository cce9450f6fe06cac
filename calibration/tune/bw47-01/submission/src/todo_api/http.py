"""HTTP shell. Each route: read the request, call a pure fn, shape the answer."""
from __future__ import annotations

from typing import Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from todo_api import auth, core, store
from todo_api.core import TodoOut

app = FastAPI(title="todo-api", version="0.1.0")
oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class NewTodo(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


def unauthorized() -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials",
                         headers={"WWW-Authenticate": "Bearer"})


def not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")


async def current_user(token: str = Depends(oauth2)) -> str:
    username = auth.token_subject(token)
    if username is None or core.find_user(store.deref(), username) is None:
        raise unauthorized()
    return username


@app.post("/users", status_code=status.HTTP_201_CREATED,
          responses={409: {"description": "username taken"}})
async def sign_up(creds: Credentials) -> dict[str, str]:
    if core.find_user(store.deref(), creds.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "username taken")
    hashed = auth.hash_password(creds.password)
    store.swap(core.add_user, creds.username, hashed)
    return {"username": creds.username}


@app.post("/token", response_model=Token, responses={401: {"description": "bad login"}})
async def log_in(form: OAuth2PasswordRequestForm = Depends()):
    user = core.find_user(store.deref(), form.username)
    if user is None or not auth.check_password(form.password, user["password-hash"]):
        raise unauthorized()
    return {"access_token": auth.issue_token(form.username), "token_type": "bearer"}


@app.get("/todos", response_model=list[TodoOut])
async def list_todos(limit: int = Query(20, ge=1, le=100),
                     offset: int = Query(0, ge=0),
                     me=Depends(current_user)):
    todos = core.page(core.todos_for(store.deref(), me), limit, offset)
    return [core.public(t) for t in todos]


@app.post("/todos", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
async def create_todo(attrs: NewTodo, me=Depends(current_user)):
    state = store.swap(core.add_todo, me, attrs.model_dump())
    return core.public(core.newest(state))


@app.get("/todos/{todo_id}", response_model=TodoOut,
         responses={404: {"description": "no such todo"}})
async def read_todo(todo_id: int, me=Depends(current_user)):
    todo = core.owned(store.deref(), me, todo_id)
    if todo is None:
        raise not_found()
    return core.public(todo)


@app.patch("/todos/{todo_id}", response_model=TodoOut,
           responses={404: {"description": "no such todo"}})
async def patch_todo(todo_id: int, patch: dict[str, Any] = Body(...), me=Depends(current_user)):
    if core.owned(store.deref(), me, todo_id) is None:
        raise not_found()
    state = store.swap(core.update_todo, todo_id, patch)
    return core.public(state["todos"][todo_id])


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT,
            responses={404: {"description": "no such todo"}})
async def delete_todo(todo_id: int, me=Depends(current_user)) -> None:
    if core.owned(store.deref(), me, todo_id) is None:
        raise not_found()
    store.swap(core.remove_todo, todo_id)
