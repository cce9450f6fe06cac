"""CRUD on the current user's todos."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import func, select

from todo_api.deps import CurrentUser, SessionDep
from todo_api.models import Todo
from todo_api.schemas import Error, TodoCreate, TodoOut, TodoPage, TodoPatch, TodoReplace

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {"model": Error, "description": "No such todo for this user"}
}

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={
        status.HTTP_401_UNAUTHORIZED: {"model": Error, "description": "Missing or invalid token"}
    },
)


async def _get_owned(session: SessionDep, user: CurrentUser, todo_id: int) -> Todo:
    """Load a todo owned by ``user``; someone else's todo is indistinguishable from none."""
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, session: SessionDep, user: CurrentUser) -> TodoOut:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    return TodoOut.model_validate(todo)


@router.get("", summary="List your todos, oldest first")
async def list_todos(
    session: SessionDep,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    owned = Todo.owner_id == user.id
    total = await session.scalar(select(func.count()).select_from(Todo).where(owned))
    rows = await session.scalars(
        select(Todo).where(owned).order_by(Todo.id).limit(limit).offset(offset)
    )
    return TodoPage(
        items=[TodoOut.model_validate(t) for t in rows],
        total=total or 0,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", summary="Read one todo", responses=_NOT_FOUND)
async def get_todo(todo_id: int, session: SessionDep, user: CurrentUser) -> TodoOut:
    return TodoOut.model_validate(await _get_owned(session, user, todo_id))


@router.put("/{todo_id}", summary="Replace a todo", responses=_NOT_FOUND)
async def replace_todo(
    todo_id: int, body: TodoReplace, session: SessionDep, user: CurrentUser
) -> TodoOut:
    todo = await _get_owned(session, user, todo_id)
    for field, value in body.model_dump().items():
        setattr(todo, field, value)
    await session.commit()
    return TodoOut.model_validate(todo)


@router.patch("/{todo_id}", summary="Change some fields of a todo", responses=_NOT_FOUND)
async def patch_todo(
    todo_id: int, body: TodoPatch, session: SessionDep, user: CurrentUser
) -> TodoOut:
    todo = await _get_owned(session, user, todo_id)
    changes = body.model_dump(exclude_unset=True)
    if any(value is None for value in changes.values()):
        # 422 written out: the status constant was renamed in recent Starlette releases.
        raise HTTPException(422, "Fields may be omitted but not set to null")
    for field, value in changes.items():
        setattr(todo, field, value)
    await session.commit()
    return TodoOut.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: int, session: SessionDep, user: CurrentUser) -> Response:
    todo = await _get_owned(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
