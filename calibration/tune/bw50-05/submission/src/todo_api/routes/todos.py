from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.db import Todo, User
from todo_api.deps import CurrentUser, SessionDep
from todo_api.schemas import Problem, TodoCreate, TodoPage, TodoRead, TodoUpdate

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_INT64 = 2**63 - 1

TodoId = Annotated[int, Path(ge=1, le=MAX_INT64)]

_NOT_FOUND = {"model": Problem, "description": "No such todo (or not yours)"}

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={
        status.HTTP_401_UNAUTHORIZED: {"model": Problem, "description": "Missing or invalid token"}
    },
)


async def _get_owned(session: AsyncSession, owner: User, todo_id: int) -> Todo:
    todo = await session.scalar(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner.id)
    )
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List your todos")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_INT64)] = 0,
) -> TodoPage:
    owned = Todo.owner_id == user.id
    total = await session.scalar(select(func.count()).select_from(Todo).where(owned))
    rows = await session.scalars(
        select(Todo).where(owned).order_by(Todo.id).limit(limit).offset(offset)
    )
    return TodoPage(
        items=[TodoRead.model_validate(row) for row in rows],
        total=total or 0,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoRead,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    return todo


@router.get(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Read one of your todos",
    responses={status.HTTP_404_NOT_FOUND: _NOT_FOUND},
)
async def read_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Update some fields of one of your todos",
    responses={status.HTTP_404_NOT_FOUND: _NOT_FOUND},
)
async def update_todo(
    todo_id: TodoId, body: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned(session, user, todo_id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete one of your todos",
    responses={status.HTTP_404_NOT_FOUND: _NOT_FOUND},
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> None:
    todo = await _get_owned(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
