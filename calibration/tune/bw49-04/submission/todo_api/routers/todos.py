"""CRUD for the current user's todos.

Every query filters on ``owner_id``: a todo that belongs to someone else is
indistinguishable from one that does not exist, so both answer 404.
"""
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status
from sqlalchemy import select

from todo_api.dependencies import CurrentUser, SessionDep
from todo_api.models import Todo
from todo_api.schemas import ErrorMessage, TodoCreate, TodoRead, TodoUpdate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorMessage, "description": "Missing or invalid token"}},
)

# SQLite integers are 64-bit; larger ids are rejected with 422 instead of crashing the driver.
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]

NOT_FOUND = {404: {"model": ErrorMessage, "description": "No such todo (or not yours)"}}


async def get_own_todo(session: SessionDep, user: CurrentUser, todo_id: int) -> Todo:
    todo = await session.scalar(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id)
    )
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(data: TodoCreate, session: SessionDep, user: CurrentUser) -> TodoRead:
    todo = Todo(**data.model_dump(), owner_id=user.id)
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return TodoRead.model_validate(todo)


@router.get("", summary="List my todos, oldest first")
async def list_todos(
    session: SessionDep,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[TodoRead]:
    result = await session.scalars(
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return [TodoRead.model_validate(todo) for todo in result]


@router.get("/{todo_id}", summary="Read one of my todos", responses=NOT_FOUND)
async def read_todo(todo_id: TodoId, session: SessionDep, user: CurrentUser) -> TodoRead:
    return TodoRead.model_validate(await get_own_todo(session, user, todo_id))


@router.patch("/{todo_id}", summary="Update some fields of a todo", responses=NOT_FOUND)
async def update_todo(
    todo_id: TodoId, data: TodoUpdate, session: SessionDep, user: CurrentUser
) -> TodoRead:
    todo = await get_own_todo(session, user, todo_id)
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    return TodoRead.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, session: SessionDep, user: CurrentUser) -> None:
    todo = await get_own_todo(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
