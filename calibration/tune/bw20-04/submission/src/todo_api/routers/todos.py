from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.deps import CurrentUser, SessionDep
from todo_api.models import Todo, User
from todo_api.schemas import ErrorOut, TodoCreate, TodoOut, TodoPatch

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 1_000_000
MAX_DB_INT = 2**63 - 1

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}},
)

TodoId = Annotated[int, Path(ge=1, le=MAX_DB_INT, description="Id of one of your todos")]
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo among yours"}}


async def _get_owned(session: AsyncSession, user: User, todo_id: int) -> Todo:
    # Someone else's todo answers 404 as well, so ids of other users' todos are not disclosed.
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TodoOut, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.get("", response_model=list[TodoOut], summary="List your todos, oldest first")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, 1..{MAX_PAGE_SIZE}")
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Records to skip")] = 0,
) -> Sequence[Todo]:
    result = await session.scalars(
        select(Todo).where(Todo.owner_id == user.id).order_by(Todo.id).limit(limit).offset(offset)
    )
    return result.all()


@router.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Read a todo")
async def get_todo(todo_id: TodoId, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned(session, user, todo_id)


@router.put("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Replace a todo")
async def replace_todo(
    todo_id: TodoId, body: TodoCreate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned(session, user, todo_id)
    for field, value in body.model_dump().items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@router.patch(
    "/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Change some fields of a todo"
)
async def patch_todo(todo_id: TodoId, body: TodoPatch, user: CurrentUser, session: SessionDep) -> Todo:
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
