"""Routes for managing your own todos.

Every route here needs a bearer token. You can only ever see and change your own
todos: a todo that belongs to someone else answers `404`, exactly like one that
doesn't exist, so ids of other people's todos are not revealed.
"""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import select

from app.auth import CurrentUser, DbSession
from app.config import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from app.models import Todo, User
from app.schemas import ErrorMessage, TodoCreate, TodoOut, TodoPage, TodoSummary, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["Todos"],
    responses={401: {"model": ErrorMessage, "description": "Missing or expired token."}},
)

NOT_FOUND = {404: {"model": ErrorMessage, "description": "No todo with this id belongs to you."}}


def _get_own_todo(db: DbSession, user: User, todo_id: int) -> Todo:
    todo = db.get(Todo, todo_id)
    if todo is None or todo.owner_id != user.id:
        raise HTTPException(
            status_code=status.HTTP_404_NOT_FOUND,
            detail=f"We couldn't find a todo with id {todo_id}.",
        )
    return todo


@router.get(
    "",
    response_model=TodoPage,
    summary="List your todos",
    description="Return one page of your todos, newest first, along with a summary of how many "
    f"are done. Use `limit` (1 to {MAX_PAGE_SIZE}, default {DEFAULT_PAGE_SIZE}) and `offset` "
    "to move through the pages.",
)
def list_todos(
    user: CurrentUser,
    db: DbSession,
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="How many todos to return on this page.")
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="How many todos to skip.")] = 0,
) -> TodoPage:
    todos = db.scalars(
        select(Todo).where(Todo.owner_id == user.id).order_by(Todo.created_at.desc(), Todo.id.desc())
    ).all()
    done_count = sum(1 for todo in todos if todo.done)
    return TodoPage(
        items=[TodoOut.model_validate(todo) for todo in todos[offset : offset + limit]],
        limit=limit,
        offset=offset,
        summary=TodoSummary(total=len(todos), done=done_count, remaining=len(todos) - done_count),
    )


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    description="Add a new todo to your list. Only `title` is required.",
)
def create_todo(todo_in: TodoCreate, user: CurrentUser, db: DbSession) -> Todo:
    todo = Todo(**todo_in.model_dump(), owner_id=user.id)
    db.add(todo)
    db.commit()
    db.refresh(todo)
    return todo


@router.get(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Read a todo",
    description="Return a single todo from your list.",
    responses=NOT_FOUND,
)
def read_todo(todo_id: int, user: CurrentUser, db: DbSession) -> Todo:
    return _get_own_todo(db, user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update a todo",
    description="Change one or more fields of a todo. Fields you leave out keep their value, "
    "so `{\"done\": true}` is enough to tick a task off.",
    responses=NOT_FOUND,
)
def update_todo(todo_id: int, todo_in: TodoUpdate, user: CurrentUser, db: DbSession) -> Todo:
    todo = _get_own_todo(db, user, todo_id)
    for field, value in todo_in.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    db.commit()
    db.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    description="Remove a todo from your list for good. Answers with an empty body.",
    responses=NOT_FOUND,
)
def delete_todo(todo_id: int, user: CurrentUser, db: DbSession) -> Response:
    todo = _get_own_todo(db, user, todo_id)
    db.delete(todo)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
