from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import SessionDep
from app.deps import CurrentUser
from app.models import Todo
from app.schemas import ErrorResponse, TodoCreate, TodoRead, TodoUpdate

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 100_000
# Anything above this would overflow a 64-bit integer column and fail inside the driver.
MAX_ID = 2**63 - 1

TodoId = Annotated[int, Path(ge=1, le=MAX_ID, description="Todo id")]

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid token"}},
)
NOT_FOUND: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorResponse, "description": "Todo not found"}
}


async def _get_owned(session: AsyncSession, user_id: int, todo_id: int) -> Todo:
    todo = await session.scalar(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == user_id)
    )
    if todo is None:
        # Other users' todos are indistinguishable from missing ones.
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=list[TodoRead], summary="List my todos, oldest first")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> list[Todo]:
    result = await session.scalars(
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return list(result)


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(payload: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **payload.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.get("/{todo_id}", response_model=TodoRead, summary="Get one todo", responses=NOT_FOUND)
async def get_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, user.id, todo_id)


@router.patch(
    "/{todo_id}", response_model=TodoRead, summary="Partially update a todo", responses=NOT_FOUND
)
async def update_todo(
    todo_id: TodoId, payload: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned(session, user.id, todo_id)
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
async def delete_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> None:
    todo = await _get_owned(session, user.id, todo_id)
    await session.delete(todo)
    await session.commit()
