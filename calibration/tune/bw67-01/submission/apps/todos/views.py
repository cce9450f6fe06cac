from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, status

from apps.accounts.dependencies import CurrentUser, DbSession
from apps.todos.managers import TodoManager
from apps.todos.models import Todo
from apps.todos.schemas import TodoCreate, TodoPage, TodoRead, TodoUpdate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

router = APIRouter(prefix="/todos", tags=["todos"])

# ids are INTEGER in Postgres; reject anything that could never match instead of letting the
# driver complain
TodoId = Annotated[int, Path(ge=1, le=2_147_483_647)]

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing or invalid bearer token"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    **UNAUTHORIZED,
    404: {"description": "No such todo (or it belongs to someone else)"},
}


def _get_or_404(manager: TodoManager, todo_id: int) -> Todo:
    todo = manager.get(todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List my todos", responses=UNAUTHORIZED)
def list_todos(
    user: CurrentUser,
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    manager = TodoManager(db, user)
    todos = manager.page(limit=limit, offset=offset)
    return TodoPage(
        count=manager.count(),
        limit=limit,
        offset=offset,
        results=[TodoRead.model_validate(todo) for todo in todos],
    )


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
def create_todo(payload: TodoCreate, user: CurrentUser, db: DbSession) -> TodoRead:
    todo = TodoManager(db, user).create(payload)
    return TodoRead.model_validate(todo)


@router.get("/{todo_id}", response_model=TodoRead, summary="Read one todo", responses=NOT_FOUND)
def read_todo(todo_id: TodoId, user: CurrentUser, db: DbSession) -> TodoRead:
    todo = _get_or_404(TodoManager(db, user), todo_id)
    return TodoRead.model_validate(todo)


@router.patch(
    "/{todo_id}", response_model=TodoRead, summary="Update some fields", responses=NOT_FOUND
)
def update_todo(
    todo_id: TodoId, payload: TodoUpdate, user: CurrentUser, db: DbSession
) -> TodoRead:
    manager = TodoManager(db, user)
    todo = manager.update(_get_or_404(manager, todo_id), payload)
    return TodoRead.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(todo_id: TodoId, user: CurrentUser, db: DbSession) -> None:
    manager = TodoManager(db, user)
    manager.delete(_get_or_404(manager, todo_id))
