from typing import Any

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from todoserve.dependencies import CurrentUser, PageDep, SessionDep
from todoserve.models import Todo, User
from todoserve.schemas import Problem, TodoCreate, TodoOut, TodoPage, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": Problem, "description": "Missing or invalid bearer token"}},
)

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No such todo (or it is not yours)"}
}


async def _get_owned(session: AsyncSession, todo_id: int, owner: User) -> Todo:
    # Someone else's todo is indistinguishable from a missing one: both are 404.
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List your todos, newest first")
async def list_todos(session: SessionDep, user: CurrentUser, page: PageDep) -> TodoPage:
    total = await session.scalar(
        select(func.count()).select_from(Todo).where(Todo.owner_id == user.id)
    )
    rows = await session.scalars(
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    return TodoPage(
        items=[TodoOut.model_validate(todo) for todo in rows],
        total=total or 0,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, session: SessionDep, user: CurrentUser) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    return todo


@router.get("/{todo_id}", response_model=TodoOut, summary="Get one todo", responses=_NOT_FOUND)
async def get_todo(todo_id: int, session: SessionDep, user: CurrentUser) -> Todo:
    return await _get_owned(session, todo_id, user)


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update some fields of a todo",
    responses=_NOT_FOUND,
)
async def update_todo(
    todo_id: int, body: TodoUpdate, session: SessionDep, user: CurrentUser
) -> Todo:
    todo = await _get_owned(session, todo_id, user)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: int, session: SessionDep, user: CurrentUser) -> None:
    todo = await _get_owned(session, todo_id, user)
    await session.delete(todo)
    await session.commit()
