from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import func, select

from ..db import Todo
from ..deps import CurrentUser, SessionDep
from ..metrics import TODO_OPERATIONS
from ..schemas import Problem, TodoCreate, TodoPage, TodoRead, TodoUpdate

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": Problem, "description": "Missing or invalid bearer token"}},
)

_NOT_FOUND = {404: {"model": Problem, "description": "No such todo for this user"}}


async def _get_owned(session: SessionDep, user: CurrentUser, todo_id: int) -> Todo:
    todo = await session.scalar(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id)
    )
    if todo is None:
        # same answer for "missing" and "someone else's": don't leak existence
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", response_model=TodoRead, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, session: SessionDep, user: CurrentUser) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    TODO_OPERATIONS.labels("create").inc()
    return todo


@router.get("", response_model=TodoPage, summary="List your todos (oldest first)")
async def list_todos(
    session: SessionDep,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> TodoPage:
    owned = Todo.owner_id == user.id
    total = await session.scalar(select(func.count()).select_from(Todo).where(owned)) or 0
    rows = await session.scalars(
        select(Todo).where(owned).order_by(Todo.id).limit(limit).offset(offset)
    )
    return TodoPage(
        items=[TodoRead.model_validate(t) for t in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoRead, responses=_NOT_FOUND, summary="Read one todo")
async def read_todo(todo_id: int, session: SessionDep, user: CurrentUser) -> Todo:
    return await _get_owned(session, user, todo_id)


@router.patch("/{todo_id}", response_model=TodoRead, responses=_NOT_FOUND, summary="Update a todo")
async def update_todo(
    todo_id: int, body: TodoUpdate, session: SessionDep, user: CurrentUser
) -> Todo:
    todo = await _get_owned(session, user, todo_id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    TODO_OPERATIONS.labels("update").inc()
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_NOT_FOUND,
    summary="Delete a todo",
)
async def delete_todo(todo_id: int, session: SessionDep, user: CurrentUser) -> Response:
    todo = await _get_owned(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
    TODO_OPERATIONS.labels("delete").inc()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
