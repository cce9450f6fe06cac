from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status
from sqlmodel import Session, col, func, select

from .. import audit
from ..deps import DEFAULT_PAGE_SIZE, CurrentUser, Limit, Offset, RequestId, SessionDep
from ..models import ErrorOut, Todo, TodoCreate, TodoOut, TodoPage, TodoUpdate, User, utcnow

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

TodoId = Annotated[int, Path(ge=1, le=2**63 - 1, description="Todo id")]
_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}


def _owned_todo(session: Session, todo_id: int, user: User) -> Todo:
    # Filter on owner in the query itself: someone else's todo is
    # indistinguishable from a missing one (404, no existence leak).
    todo = session.exec(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id)
    ).first()
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List your todos (oldest first)")
def list_todos(
    session: SessionDep,
    user: CurrentUser,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> TodoPage:
    owned = Todo.owner_id == user.id
    total = session.exec(select(func.count()).select_from(Todo).where(owned)).one()
    rows = session.exec(
        select(Todo).where(owned).order_by(col(Todo.id)).offset(offset).limit(limit)
    ).all()
    return TodoPage(
        items=[TodoOut.model_validate(t, from_attributes=True) for t in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
def create_todo(
    body: TodoCreate, session: SessionDep, user: CurrentUser, request_id: RequestId
) -> Todo:
    assert user.id is not None
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    session.flush()
    audit.record(
        session, request_id=request_id, action="todo.create", actor_id=user.id, entity_id=todo.id
    )
    session.commit()
    session.refresh(todo)
    return todo


@router.get("/{todo_id}", response_model=TodoOut, summary="Read a todo", responses=_NOT_FOUND)
def read_todo(todo_id: TodoId, session: SessionDep, user: CurrentUser) -> Todo:
    return _owned_todo(session, todo_id, user)


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update a todo (partial)",
    responses=_NOT_FOUND,
)
def update_todo(
    todo_id: TodoId,
    body: TodoUpdate,
    session: SessionDep,
    user: CurrentUser,
    request_id: RequestId,
) -> Todo:
    todo = _owned_todo(session, todo_id, user)
    changes = body.model_dump(exclude_unset=True)
    if changes:
        for name, value in changes.items():
            setattr(todo, name, value)
        todo.updated_at = utcnow()
        audit.record(
            session,
            request_id=request_id,
            action="todo.update",
            actor_id=user.id,
            entity_id=todo.id,
            fields=changes.keys(),
        )
        session.commit()
        session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
def delete_todo(
    todo_id: TodoId, session: SessionDep, user: CurrentUser, request_id: RequestId
) -> Response:
    todo = _owned_todo(session, todo_id, user)
    session.delete(todo)
    audit.record(
        session, request_id=request_id, action="todo.delete", actor_id=user.id, entity_id=todo_id
    )
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
