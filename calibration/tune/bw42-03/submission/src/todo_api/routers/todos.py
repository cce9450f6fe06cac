from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.deps import CurrentUser, SessionDep
from todo_api.models import Todo, User
from todo_api.schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    ErrorMessage,
    TodoCreate,
    TodoPage,
    TodoRead,
    TodoUpdate,
)

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorMessage, "description": "Missing or invalid token"}},
)

NOT_FOUND = {404: {"model": ErrorMessage, "description": "No such todo for this user"}}


async def _get_owned(session: AsyncSession, user: User, todo_id: int) -> Todo:
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post(
    "", status_code=status.HTTP_201_CREATED, response_model=TodoRead, summary="Create a todo"
)
async def create_todo(payload: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **payload.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.get("", response_model=TodoPage, summary="List your todos, oldest first")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    owned = Todo.owner_id == user.id
    total = await session.scalar(select(func.count()).select_from(Todo).where(owned))
    rows = await session.scalars(
        select(Todo).where(owned).order_by(Todo.id).limit(limit).offset(offset)
    )
    return TodoPage(
        items=[TodoRead.model_validate(t) for t in rows],
        total=total or 0,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoRead, responses=NOT_FOUND, summary="Read a todo")
async def read_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, user, todo_id)


@router.patch(
    "/{todo_id}", response_model=TodoRead, responses=NOT_FOUND, summary="Update fields of a todo"
)
async def update_todo(
    todo_id: int, payload: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned(session, user, todo_id)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
async def delete_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> None:
    todo = await _get_owned(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
