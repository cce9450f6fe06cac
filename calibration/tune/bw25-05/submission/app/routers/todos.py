from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import func, select

from app.config import Settings, get_settings
from app.models import Todo
from app.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate
from app.security import CurrentUser, DbSession

_settings = get_settings()

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)
_not_found = {404: {"model": ErrorOut, "description": "Todo not found"}}


def _get_owned(session: DbSession, user_id: int, todo_id: int) -> Todo:
    todo = session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user_id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo")
def create_todo(body: TodoCreate, user: CurrentUser, session: DbSession) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    session.commit()
    return todo


@router.get("", response_model=TodoPage, summary="List my todos (paginated)")
def list_todos(
    user: CurrentUser,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=_settings.page_max)] = _settings.page_default,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    where = Todo.owner_id == user.id
    total = session.scalar(select(func.count()).select_from(Todo).where(where)) or 0
    rows = session.scalars(
        select(Todo).where(where).order_by(Todo.id).limit(limit).offset(offset)
    ).all()
    return TodoPage(
        items=[TodoOut.model_validate(r) for r in rows], total=total, limit=limit, offset=offset
    )


@router.get("/{todo_id}", response_model=TodoOut, responses=_not_found, summary="Get one todo")
def get_todo(todo_id: int, user: CurrentUser, session: DbSession) -> Todo:
    return _get_owned(session, user.id, todo_id)


@router.patch("/{todo_id}", response_model=TodoOut, responses=_not_found, summary="Update a todo")
def update_todo(todo_id: int, body: TodoUpdate, user: CurrentUser, session: DbSession) -> Todo:
    todo = _get_owned(session, user.id, todo_id)
    changes = body.model_dump(exclude_unset=True)
    if changes.get("title", "") is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "title cannot be null")
    for field, value in changes.items():
        setattr(todo, field, value)
    session.commit()
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_not_found,
    summary="Delete a todo",
)
def delete_todo(todo_id: int, user: CurrentUser, session: DbSession) -> Response:
    todo = _get_owned(session, user.id, todo_id)
    session.delete(todo)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
