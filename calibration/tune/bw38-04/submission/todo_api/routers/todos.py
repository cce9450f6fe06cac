from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status

from todo_api.dependencies import CurrentUser, DbSession
from todo_api.models import Todo
from todo_api.repository import TodoRepository
from todo_api.schemas import ErrorResponse, TodoCreate, TodoPage, TodoRead, TodoUpdate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid token"}},
)

NOT_FOUND = {404: {"model": ErrorResponse, "description": "Todo not found"}}


def get_repository(db: DbSession, user: CurrentUser) -> TodoRepository:
    return TodoRepository(db, owner_id=user.id)


Repository = Annotated[TodoRepository, Depends(get_repository)]


def get_owned_todo(
    todo_id: Annotated[int, Path(ge=1, le=MAX_ID)], repo: Repository
) -> Todo:
    todo = repo.get(todo_id)
    if todo is None:
        # Same answer for "does not exist" and "belongs to someone else".
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


OwnedTodo = Annotated[Todo, Depends(get_owned_todo)]


@router.get("", response_model=TodoPage, summary="List your todos (paginated)")
def list_todos(
    repo: Repository,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> TodoPage:
    todos, total = repo.list_page(limit=limit, offset=offset)
    return TodoPage(
        items=[TodoRead.model_validate(todo) for todo in todos],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoRead,
    summary="Create a todo",
)
def create_todo(payload: TodoCreate, repo: Repository) -> Todo:
    return repo.add(payload)


@router.get("/{todo_id}", response_model=TodoRead, summary="Get one todo", responses=NOT_FOUND)
def read_todo(todo: OwnedTodo) -> Todo:
    return todo


@router.patch(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Update some fields of a todo",
    responses=NOT_FOUND,
)
def update_todo(todo: OwnedTodo, changes: TodoUpdate, repo: Repository) -> Todo:
    return repo.update(todo, changes)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(todo: OwnedTodo, repo: Repository) -> None:
    repo.delete(todo)
