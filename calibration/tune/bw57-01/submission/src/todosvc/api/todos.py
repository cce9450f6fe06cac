from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from todosvc.deps import CurrentUser, DbSession
from todosvc.models import Todo, User
from todosvc.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 1_000_000
MAX_ID = 2_147_483_647  # signed INT, the MySQL column type

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

TodoId = Annotated[int, Path(ge=1, le=MAX_ID, description="Todo id")]
_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo (or not yours)"}}


def _get_owned(session: Session, user: User, todo_id: int) -> Todo:
    todo = session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
def create_todo(payload: TodoCreate, user: CurrentUser, session: DbSession) -> Todo:
    todo = Todo(owner_id=user.id, **payload.model_dump())
    session.add(todo)
    session.commit()
    return todo


@router.get("", response_model=TodoPage, summary="List your todos")
def list_todos(
    user: CurrentUser,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    done: Annotated[bool | None, Query(description="Filter on the done flag")] = None,
) -> TodoPage:
    query = select(Todo).where(Todo.owner_id == user.id)
    if done is not None:
        query = query.where(Todo.done == done)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(Todo.id).limit(limit).offset(offset)).all()
    return TodoPage(
        items=[TodoOut.model_validate(row) for row in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=_NOT_FOUND)
def get_todo(todo_id: TodoId, user: CurrentUser, session: DbSession) -> Todo:
    return _get_owned(session, user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update some fields of a todo",
    responses=_NOT_FOUND,
)
def update_todo(
    todo_id: TodoId, payload: TodoUpdate, user: CurrentUser, session: DbSession
) -> Todo:
    todo = _get_owned(session, user, todo_id)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    session.commit()
    session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
def delete_todo(todo_id: TodoId, user: CurrentUser, session: DbSession) -> None:
    todo = _get_owned(session, user, todo_id)
    session.delete(todo)
    session.commit()
