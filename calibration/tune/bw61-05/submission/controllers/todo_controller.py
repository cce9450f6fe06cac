from fastapi import APIRouter, Body, Request
from fastapi.responses import JSONResponse

from helpers import current_user
from services.todo_service import TodoService

router = APIRouter()


def unauthenticated():
    return JSONResponse({"message": "Unauthenticated."}, status_code=401)


@router.get("/todos")
def index(request: Request, sort: str = "id", status: str = None):
    user = current_user(request)
    if not user:
        return unauthenticated()
    return TodoService().list(user, sort, status)


@router.get("/todos/{id}")
def show(id: int, request: Request):
    user = current_user(request)
    if not user:
        return unauthenticated()

    todo = TodoService().find(id)
    if not todo:
        return JSONResponse({"message": "Todo not found"}, status_code=404)
    return todo


@router.post("/todos")
def store(request: Request, data: dict = Body(...)):
    user = current_user(request)
    if not user:
        return unauthenticated()

    if not data.get("title"):
        return JSONResponse({"message": "The title field is required."}, status_code=422)

    return TodoService().create(user, data)


@router.put("/todos/{id}")
def update(id: int, request: Request, data: dict = Body(...)):
    user = current_user(request)
    if not user:
        return unauthenticated()

    service = TodoService()
    if not service.find(id):
        return JSONResponse({"message": "Todo not found"}, status_code=404)

    return service.update(id, data)


@router.delete("/todos/{id}")
def destroy(id: int, request: Request):
    user = current_user(request)
    if not user:
        return unauthenticated()

    TodoService().delete(id)
    return {"message": "Todo deleted"}
