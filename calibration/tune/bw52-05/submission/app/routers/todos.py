from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status
from sqlmodel import Session, select

from app.database import SessionDep
from app.deps import CurrentUser
from app.models import Todo, TodoCreate, TodoPublic, TodoUpdate, User, utc_now

router = APIRouter(prefix="/todos", tags=["todos"])

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

NOT_FOUND = {404: {"description": "Todo not found"}}
UNAUTHORIZED = {401: {"description": "Missing or invalid token"}}

# SQLite integers are 64-bit; anything bigger would blow up in the driver instead of a 404.
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def get_owned_todo(session: Session, todo_id: int, user: User) -> Todo:
    """Load a todo that belongs to `user`, or 404 (we don't reveal other users' todos exist)."""
    todo = session.get(Todo, todo_id)
    if todo is None or todo.owner_id != user.id:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.post(
    "",
    response_model=TodoPublic,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
def create_todo(todo_in: TodoCreate, session: SessionDep, current_user: CurrentUser) -> Todo:
    todo = Todo.model_validate(todo_in, update={"owner_id": current_user.id})
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.get(
    "",
    response_model=list[TodoPublic],
    summary="List your todos (paginated)",
    responses=UNAUTHORIZED,
)
def list_todos(
    session: SessionDep,
    current_user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
) -> list[Todo]:
    statement = (
        select(Todo)
        .where(Todo.owner_id == current_user.id)
        .order_by(Todo.id)
        .offset(offset)
        .limit(limit)
    )
    return list(session.exec(statement).all())


@router.get(
    "/{todo_id}",
    response_model=TodoPublic,
    summary="Get one of your todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def read_todo(todo_id: TodoId, session: SessionDep, current_user: CurrentUser) -> Todo:
    return get_owned_todo(session, todo_id, current_user)


@router.patch(
    "/{todo_id}",
    response_model=TodoPublic,
    summary="Update some fields of one of your todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def update_todo(
    todo_id: TodoId, todo_in: TodoUpdate, session: SessionDep, current_user: CurrentUser
) -> Todo:
    todo = get_owned_todo(session, todo_id, current_user)
    update_data = todo_in.model_dump(exclude_unset=True)
    todo.sqlmodel_update(update_data)
    todo.updated_at = utc_now()
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of your todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def delete_todo(todo_id: TodoId, session: SessionDep, current_user: CurrentUser) -> None:
    todo = session.get(Todo, todo_id)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    session.delete(todo)
    session.commit()
