from typing import Any

from fastapi import APIRouter, Body, Depends, Query

from todo_app import accounts, todos
from todo_app_web.auth import require_authenticated_user
from todo_app_web.fallback import render

router = APIRouter(prefix="/api")


# -- UserController / SessionController --------------------------------------

@router.post("/users", tags=["accounts"])
async def register(params: dict[str, Any] = Body(...)):
    match await accounts.register_user(params):
        case ("ok", user):
            return render(("ok", accounts.public_user(user)), status=201)
        case error:
            return render(error)


@router.post("/sessions", tags=["accounts"])
async def login(params: dict[str, Any] = Body(...)):
    match await accounts.authenticate(params):
        case ("ok", user):
            return render(("ok", {"token": accounts.generate_user_token(user), "token_type": "bearer"}))
        case error:
            return render(error)


# -- TodoController ----------------------------------------------------------

@router.get("/todos", tags=["todos"])
async def index(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    user: dict = Depends(require_authenticated_user),
):
    return render(("ok", await todos.list_todos(user, limit, offset)))


@router.post("/todos", tags=["todos"])
async def create(params: dict[str, Any] = Body(...), user: dict = Depends(require_authenticated_user)):
    return render(await todos.create_todo(user, params), status=201)


@router.get("/todos/{id}", tags=["todos"])
async def show(id: int, user: dict = Depends(require_authenticated_user)):
    return render(await todos.get_todo(user, id))


@router.patch("/todos/{id}", tags=["todos"])
async def update(id: int, params: dict[str, Any] = Body(...), user: dict = Depends(require_authenticated_user)):
    return render(await todos.update_todo(user, id, params))


@router.delete("/todos/{id}", tags=["todos"])
async def delete(id: int, user: dict = Depends(require_authenticated_user)):
    return render(await todos.delete_todo(user, id))
