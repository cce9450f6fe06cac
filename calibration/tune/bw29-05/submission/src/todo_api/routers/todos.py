"""Todos: create, list, read, update and delete -- always *your own*.

The most important line of every query in this module is the
``Todo.owner_id == user.id`` filter. Because a todo that belongs to someone
else is simply "not found" for you, we answer ``404`` rather than ``403``:
a ``403`` would confirm to a curious user that the id exists.
"""
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import select

from ..dependencies import CurrentUser, SessionDep
from ..models import Todo, User
from ..schemas import ErrorMessage, TodoCreate, TodoRead, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorMessage, "description": "Missing or invalid token"}},
)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorMessage, "description": "No such todo (or not yours)"}}


async def _get_own_todo(session: SessionDep, user: User, todo_id: int) -> Todo:
    """Fetch one of *the caller's* todos, or raise 404."""
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=list[TodoRead], summary="List my todos")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Number of todos to skip")] = 0,
) -> list[Todo]:
    """Return one page of the caller's todos, oldest first.

    ``LIMIT``/``OFFSET`` are applied *in the database*, so only one page is
    ever loaded into memory, however many todos the user has. Ordering by
    ``id`` as well as ``created_at`` makes the order total, so pages never
    overlap or skip rows when two todos share a timestamp.
    """
    stmt = (
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.created_at, Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return list(await session.scalars(stmt))


@router.post("", response_model=TodoRead, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(payload: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    """Create a todo owned by the caller. The owner comes from the token, never from the body."""
    todo = Todo(owner_id=user.id, **payload.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.get("/{todo_id}", response_model=TodoRead, summary="Read one todo", responses=NOT_FOUND)
async def read_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_own_todo(session, user, todo_id)


@router.patch("/{todo_id}", response_model=TodoRead, summary="Update a todo", responses=NOT_FOUND)
async def update_todo(todo_id: int, payload: TodoUpdate, user: CurrentUser, session: SessionDep) -> Todo:
    """Partial update: only the fields present in the body are changed."""
    todo = await _get_own_todo(session, user, todo_id)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> None:
    """Delete a todo. ``204 No Content`` means: done, and nothing to send back."""
    todo = await _get_own_todo(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
