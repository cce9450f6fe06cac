"""Create, read, update and delete the current user's todos."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlmodel import select

from todo_api import config
from todo_api.database import SessionDep
from todo_api.models import Message, Todo, TodoCreate, TodoRead, TodoStats, TodoUpdate, User
from todo_api.security import CurrentUser

router = APIRouter(
    prefix="/todos",
    tags=["Todos"],
    responses={401: {"model": Message, "description": "Missing or invalid token."}},
)

NOT_FOUND = {404: {"model": Message, "description": "No todo with this id."}}
FORBIDDEN = {403: {"model": Message, "description": "The todo belongs to another user."}}


def get_own_todo(session, todo_id: int, user: User) -> Todo:
    todo = session.get(Todo, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    if todo.owner_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Not your todo")
    return todo


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    description="Adds a todo to the current user's list and returns it with its new id.",
)
def create_todo(todo_in: TodoCreate, session: SessionDep, current_user: CurrentUser):
    todo = Todo.model_validate(todo_in, update={"owner_id": current_user.id})
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.get(
    "",
    response_model=list[TodoRead],
    summary="List your todos",
    description="Returns the current user's todos, oldest first, one page at a time. "
    f"`limit` defaults to {config.DEFAULT_PAGE_SIZE} and may not exceed "
    f"{config.MAX_PAGE_SIZE}.",
)
def list_todos(
    session: SessionDep,
    current_user: CurrentUser,
    limit: Annotated[
        int, Query(ge=1, le=config.MAX_PAGE_SIZE, description="How many todos to return.")
    ] = config.DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="How many todos to skip.")] = 0,
):
    todos = session.exec(select(Todo).where(Todo.owner_id == current_user.id)).all()
    return todos[offset : offset + limit]


@router.get(
    "/stats",
    response_model=TodoStats,
    summary="Count your todos",
    description="Returns how many todos the current user has, and how many are done.",
)
def todo_stats(session: SessionDep, current_user: CurrentUser):
    todos = session.exec(select(Todo).where(Todo.owner_id == current_user.id)).all()
    done = len([todo for todo in todos if todo.done])
    return TodoStats(total=len(todos), done=done, open=len(todos) - done)


@router.get(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Get one todo",
    responses={**NOT_FOUND, **FORBIDDEN},
)
def read_todo(todo_id: int, session: SessionDep, current_user: CurrentUser):
    return get_own_todo(session, todo_id, current_user)


@router.put(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Update a todo",
    description="Changes the fields you send and leaves the others as they are.",
    responses={**NOT_FOUND, **FORBIDDEN},
)
def update_todo(
    todo_id: int, todo_in: TodoUpdate, session: SessionDep, current_user: CurrentUser
):
    todo = get_own_todo(session, todo_id, current_user)
    todo.sqlmodel_update(todo_in.model_dump(exclude_unset=True))
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses={**NOT_FOUND, **FORBIDDEN},
)
def delete_todo(todo_id: int, session: SessionDep, current_user: CurrentUser):
    todo = get_own_todo(session, todo_id, current_user)
    session.delete(todo)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
