from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import CurrentUser, SessionDep
from app.models import Todo, User
from app.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

# SQLite INTEGER is a signed 64-bit value; anything larger cannot be bound as a parameter
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}


async def _get_owned(session: AsyncSession, user: User, todo_id: int) -> Todo:
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        # same answer for "missing" and "someone else's": don't leak which ids exist
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TodoOut, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.get("", response_model=TodoPage, summary="List my todos")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> TodoPage:
    mine = select(Todo).where(Todo.owner_id == user.id)
    total = await session.scalar(select(func.count()).select_from(mine.subquery()))
    rows = await session.scalars(mine.order_by(Todo.id).limit(limit).offset(offset))
    return TodoPage(
        items=[TodoOut.model_validate(t) for t in rows],
        total=total or 0,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Read one todo")
async def get_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, user, todo_id)


@router.patch("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Update a todo")
async def update_todo(todo_id: TodoId, body: TodoUpdate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = await _get_owned(session, user, todo_id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> Response:
    todo = await _get_owned(session, user, todo_id)
    await session.delete(todo)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
