import os
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse, Response

import auth
import errors
import store
from models import LoginRequest, RegisterRequest, TodoRequest

DB_PATH = os.environ.get("TODO_DB", "todo.db")
DEFAULT_LIMIT = 20
MAX_LIMIT = 100

app = FastAPI(title="todo")
db = store.Store(DB_PATH)


@app.on_event("shutdown")
def shutdown() -> None:
    db.close()


def error(status: int, msg: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": msg})


def todo_json(t: store.Todo) -> dict:
    return {"id": t.id, "title": t.title, "description": t.description, "done": t.done}


def require_user(authorization: Optional[str] = Header(default=None)) -> store.User:
    if authorization is None:
        raise HTTPException(status_code=401, detail="missing token", headers={"WWW-Authenticate": "Bearer"})
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or token == "":
        raise HTTPException(status_code=401, detail="bad authorization header", headers={"WWW-Authenticate": "Bearer"})
    user, err = db.user_for_token(token)
    if err is not None or user is None:
        raise HTTPException(status_code=401, detail="invalid or expired token", headers={"WWW-Authenticate": "Bearer"})
    return user


@app.post("/auth/register")
def register(req: RegisterRequest) -> JSONResponse:
    user, err = db.create_user(req.username, auth.hash_password(req.password))
    if err is errors.ErrConflict:
        return error(409, "username already taken")
    if err is not None or user is None:
        return error(500, "could not create user")
    return JSONResponse(status_code=201, content={"id": user.id, "username": user.username})


@app.post("/auth/login")
def login(req: LoginRequest) -> JSONResponse:
    user, err = db.user_by_name(req.username)
    if err is not None or user is None:
        return error(401, "invalid username or password")
    if not auth.check_password(req.password, user.password_hash):
        return error(401, "invalid username or password")
    token, expires_at = auth.new_token()
    err = db.save_token(token, user.id, expires_at)
    if err is not None:
        return error(500, "could not create token")
    return JSONResponse(status_code=200, content={"access_token": token, "token_type": "bearer"})


@app.post("/todos")
def create_todo(req: TodoRequest, user: store.User = Depends(require_user)) -> JSONResponse:
    todo, err = db.create_todo(user.id, req.title, req.description, req.done)
    if err is not None or todo is None:
        return error(500, "could not create todo")
    return JSONResponse(status_code=201, content=todo_json(todo))


@app.get("/todos")
def list_todos(limit: int = DEFAULT_LIMIT, offset: int = 0, user: store.User = Depends(require_user)) -> JSONResponse:
    if limit < 1 or limit > MAX_LIMIT:
        return error(400, f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        return error(400, "offset must be >= 0")
    todos, err = db.list_todos(user.id, limit, offset)
    if err is not None:
        return error(500, "could not list todos")
    return JSONResponse(status_code=200, content=[todo_json(t) for t in todos])


@app.get("/todos/{todo_id}")
def get_todo(todo_id: int, user: store.User = Depends(require_user)) -> JSONResponse:
    todo, err = db.get_todo(user.id, todo_id)
    if err is errors.ErrNotFound or todo is None:
        return error(404, "todo not found")
    return JSONResponse(status_code=200, content=todo_json(todo))


@app.put("/todos/{todo_id}")
def update_todo(todo_id: int, req: TodoRequest, user: store.User = Depends(require_user)) -> JSONResponse:
    todo, err = db.update_todo(user.id, todo_id, req.title, req.description, req.done)
    if err is errors.ErrNotFound:
        return error(404, "todo not found")
    if err is not None or todo is None:
        return error(500, "could not update todo")
    return JSONResponse(status_code=200, content=todo_json(todo))


@app.delete("/todos/{todo_id}")
def delete_todo(todo_id: int, user: store.User = Depends(require_user)) -> Response:
    err = db.delete_todo(user.id, todo_id)
    if err is errors.ErrNotFound:
        return error(404, "todo not found")
    if err is not None:
        return error(500, "could not delete todo")
    return Response(status_code=204)
