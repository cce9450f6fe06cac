from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from todo_service import audit
from todo_service.audit import RequestId
from todo_service.db import get_session
from todo_service.models import Todo, User, utcnow
from todo_service.schemas import ErrorResponse, TodoCreate, TodoOut, TodoPage, TodoUpdate
from todo_service.security import CurrentUser

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid bearer token"}},
)

DbSession = Annotated[Session, Depends(get_session)]
# Upper bound keeps ids inside a signed 64-bit integer; larger values would overflow the driver.
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1, description="Todo identifier")]

_NOT_FOUND = {404: {"model": ErrorResponse, "description": "No such todo for this user"}}


def _load_owned(session: Session, owner: User, todo_id: int) -> Todo:
    todo = session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List your todos, oldest first")
def list_todos(
    user: CurrentUser,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=100, description="Page size")] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip")] = 0,
) -> TodoPage:
    base = select(Todo).where(Todo.owner_id == user.id)
    total = len(session.scalars(base).all())
    rows = session.scalars(base.order_by(Todo.id).limit(limit).offset(offset)).all()
    return TodoPage(
        items=[TodoOut.model_validate(row) for row in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
def create_todo(
    payload: TodoCreate, user: CurrentUser, session: DbSession, req_id: RequestId
) -> TodoOut:
    now = utcnow()
    todo = Todo(
        owner_id=user.id,
        title=payload.title,
        description=payload.description,
        done=payload.done,
        created_at=now,
        updated_at=now,
    )
    session.add(todo)
    session.flush()
    audit.record(
        session, action="todo.create", outcome="success", request_id=req_id,
        actor_user_id=user.id, resource_id=todo.id,
    )
    session.commit()
    return TodoOut.model_validate(todo)


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=_NOT_FOUND)
def get_todo(todo_id: TodoId, user: CurrentUser, session: DbSession) -> TodoOut:
    return TodoOut.model_validate(_load_owned(session, user, todo_id))


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update some fields of a todo",
    responses=_NOT_FOUND,
)
def update_todo(
    todo_id: TodoId,
    payload: TodoUpdate,
    user: CurrentUser,
    session: DbSession,
    req_id: RequestId,
) -> TodoOut:
    todo = _load_owned(session, user, todo_id)
    changes = payload.model_dump(exclude_unset=True)
    for field, value in changes.items():
        setattr(todo, field, value)
    todo.updated_at = utcnow()
    audit.record(
        session, action="todo.update", outcome="success", request_id=req_id,
        actor_user_id=user.id, resource_id=todo.id, subject=",".join(sorted(changes)),
    )
    session.commit()
    return TodoOut.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
def delete_todo(
    todo_id: TodoId, user: CurrentUser, session: DbSession, req_id: RequestId
) -> None:
    todo = _load_owned(session, user, todo_id)
    session.delete(todo)
    audit.record(
        session, action="todo.delete", outcome="success", request_id=req_id,
        actor_user_id=user.id, resource_id=todo_id,
    )
    session.commit()
