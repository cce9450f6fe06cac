from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import func, select

from todo_service.deps import CurrentUser, SessionDep
from todo_service.models import Todo
from todo_service.schemas import ErrorDetail, TodoCreate, TodoPage, TodoRead, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Ids are PostgreSQL INTEGER columns; larger values could never match and would
# make the driver raise instead of returning 404.
TodoId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Id of the todo")]

_UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorDetail, "description": "Missing or invalid token"}
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorDetail, "description": "No such todo (or it belongs to someone else)"}
}


async def _get_owned(session: SessionDep, todo_id: int, owner_id: int) -> Todo:
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List your todos", responses=_UNAUTHORIZED)
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> TodoPage:
    total = await session.scalar(select(func.count()).where(Todo.owner_id == user.id))
    rows = await session.scalars(
        select(Todo).where(Todo.owner_id == user.id).order_by(Todo.id).limit(limit).offset(offset)
    )
    return TodoPage(
        items=[TodoRead.model_validate(todo) for todo in rows],
        total=total or 0,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=_UNAUTHORIZED,
)
async def create_todo(
    payload: TodoCreate, user: CurrentUser, session: SessionDep, response: Response
) -> Todo:
    todo = Todo(owner_id=user.id, **payload.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    response.headers["Location"] = f"/todos/{todo.id}"
    return todo


@router.get(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Read one of your todos",
    responses={**_UNAUTHORIZED, **_NOT_FOUND},
)
async def read_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, todo_id, user.id)


@router.patch(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Update some fields of one of your todos",
    responses={**_UNAUTHORIZED, **_NOT_FOUND},
)
async def update_todo(
    todo_id: TodoId, payload: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned(session, todo_id, user.id)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of your todos",
    responses={**_UNAUTHORIZED, **_NOT_FOUND},
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> None:
    todo = await _get_owned(session, todo_id, user.id)
    await session.delete(todo)
    await session.commit()
