from fastapi import APIRouter, Depends, Query, Response, status
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Todo, User
from app.schemas import Message, TodoCreate, TodoOut, TodoPage, TodoUpdate
from app.security import get_current_user
from app.services.todo_service import TodoService

router = APIRouter(
    prefix="/todos",
    tags=["Todos"],
    responses={401: {"model": Message, "description": "Not authenticated"}},
)


def todo_service(db: Session = Depends(get_db)) -> TodoService:
    return TodoService(db)


@router.get("", response_model=TodoPage, summary="List my todos")
def index(
    limit: int = Query(15, ge=1, description="Items per page"),
    offset: int = Query(0, ge=0),
    user: User = Depends(get_current_user),
    service: TodoService = Depends(todo_service),
) -> TodoPage:
    return service.list(user, limit, offset)


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
def store(
    data: TodoCreate,
    user: User = Depends(get_current_user),
    service: TodoService = Depends(todo_service),
) -> Todo:
    return service.create(user, data)


@router.get(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Show a todo",
    responses={404: {"model": Message}},
)
def show(
    todo_id: int,
    user: User = Depends(get_current_user),
    service: TodoService = Depends(todo_service),
) -> Todo:
    return service.find_or_fail(user, todo_id)


@router.put(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update a todo",
    responses={404: {"model": Message}},
)
def update(
    todo_id: int,
    data: TodoUpdate,
    user: User = Depends(get_current_user),
    service: TodoService = Depends(todo_service),
) -> Todo:
    return service.update(user, todo_id, data)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses={404: {"model": Message}},
)
def destroy(
    todo_id: int,
    user: User = Depends(get_current_user),
    service: TodoService = Depends(todo_service),
) -> Response:
    service.delete(user, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
