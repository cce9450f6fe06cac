from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import func, select

from app.config import get_settings
from app.deps import CurrentUser, SessionDep
from app.models import Todo
from app.schemas import ErrorOut, TodoCreate, TodoPage, TodoRead, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

_settings = get_settings()
_not_found = {404: {"model": ErrorOut, "description": "No such todo (or not yours)"}}


async def _get_owned(session: SessionDep, todo_id: int, owner_id: int) -> Todo:
    todo = await session.scalar(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
    )
    if todo is None:
        # Same answer for "missing" and "someone else's": no id probing.
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", response_model=TodoRead, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.get("", response_model=TodoPage, summary="List my todos (paginated)")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=_settings.page_max)] = _settings.page_default,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    total = await session.scalar(
        select(func.count()).select_from(Todo).where(Todo.owner_id == user.id)
    )
    rows = await session.scalars(
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return TodoPage(
        items=[TodoRead.model_validate(t) for t in rows],
        total=total or 0,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoRead, summary="Read one todo", responses=_not_found)
async def get_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, todo_id, user.id)


@router.patch("/{todo_id}", response_model=TodoRead, summary="Update a todo", responses=_not_found)
async def update_todo(
    todo_id: int, body: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned(session, todo_id, user.id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_not_found,
)
async def delete_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Response:
    todo = await _get_owned(session, todo_id, user.id)
    await session.delete(todo)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
