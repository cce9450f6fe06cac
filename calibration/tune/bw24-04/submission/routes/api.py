from fastapi import APIRouter, Depends, Request, Response

from app.controllers.auth_controller import AuthController
from app.controllers.todo_controller import TodoController
from app.middleware import auth_sanctum

router = APIRouter(prefix="/api")

auth = AuthController()
todos = TodoController()


@router.post("/register", status_code=201)
def register(payload: dict):
    return auth.register(payload)


@router.post("/login")
def login(payload: dict):
    return auth.login(payload)


@router.post("/logout")
def logout(user=Depends(auth_sanctum)):
    return auth.logout(user)


@router.get("/todos")
def todos_index(limit: int = 15, offset: int = 0, user=Depends(auth_sanctum)):
    return todos.index(user, limit, offset)


@router.post("/todos", status_code=201)
def todos_store(payload: dict, user=Depends(auth_sanctum)):
    return todos.store(user, payload)


@router.get("/todos/{id}")
def todos_show(id: int, user=Depends(auth_sanctum)):
    return todos.show(user, id)


@router.put("/todos/{id}")
async def todos_update(id: int, request: Request, user=Depends(auth_sanctum)):
    payload = await request.json()
    return todos.update(user, id, payload)


@router.delete("/todos/{id}", status_code=204)
def todos_destroy(id: int, user=Depends(auth_sanctum)):
    todos.destroy(user, id)
    return Response(status_code=204)
