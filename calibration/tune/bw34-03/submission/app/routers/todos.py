from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlmodel import Session, select

from app.models import ErrorResponse, Todo, TodoCreate, TodoPage, TodoRead, TodoUpdate, utcnow
from app.security import CurrentUser, DbSession

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Not authenticated"}},
)

NOT_FOUND = {404: {"model": ErrorResponse, "description": "Todo not found"}}


def _get_owned_todo(session: Session, todo_id: int, owner_id: int) -> Todo:
    todo = session.get(Todo, todo_id)
    if todo is None or todo.owner_id != owner_id:
        # Same answer for "doesn't exist" and "not yours": no id enumeration.
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.post("", response_model=TodoRead, status_code=status.HTTP_201_CREATED)
def create_todo(todo_in: TodoCreate, session: DbSession, current_user: CurrentUser) -> Todo:
    todo = Todo(**todo_in.model_dump(), owner_id=current_user.id)
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.get("", response_model=TodoPage)
def list_todos(
    session: DbSession,
    current_user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    done: bool | None = None,
) -> TodoPage:
    query = select(Todo).where(Todo.owner_id == current_user.id)
    if done is not None:
        query = query.where(Todo.done == done)

    total = len(session.exec(query).all())
    items = session.exec(query.order_by(Todo.id).offset(offset).limit(limit)).all()
    return TodoPage(
        items=[TodoRead.model_validate(t) for t in items], total=total, limit=limit, offset=offset
    )


@router.get("/{todo_id}", response_model=TodoRead, responses=NOT_FOUND)
def get_todo(todo_id: int, session: DbSession, current_user: CurrentUser) -> Todo:
    return _get_owned_todo(session, todo_id, current_user.id)  # type: ignore[arg-type]


@router.patch("/{todo_id}", response_model=TodoRead, responses=NOT_FOUND)
def update_todo(
    todo_id: int, todo_in: TodoUpdate, session: DbSession, current_user: CurrentUser
) -> Todo:
    todo = _get_owned_todo(session, todo_id, current_user.id)  # type: ignore[arg-type]
    changes = todo_in.model_dump(exclude_unset=True)
    if "title" in changes:
        changes["title"] = changes["title"].strip()
    todo.sqlmodel_update(changes)
    todo.updated_at = utcnow()
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=NOT_FOUND,
)
def delete_todo(todo_id: int, session: DbSession, current_user: CurrentUser) -> None:
    todo = _get_owned_todo(session, todo_id, current_user.id)  # type: ignore[arg-type]
    session.delete(todo)
    session.commit()
