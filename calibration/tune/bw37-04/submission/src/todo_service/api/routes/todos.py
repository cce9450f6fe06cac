from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from ...application.services import TodoDraft, TodoPatch
from ...domain.models import PageRequest, SortDirection, SortField
from ..deps import CurrentUser, Todos
from ..schemas import ErrorResponse, TodoCreate, TodoPage, TodoResponse, TodoUpdate

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid token"}},
)
_NOT_FOUND = {404: {"model": ErrorResponse, "description": "No such todo (or not yours)"}}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoResponse,
    summary="Create a todo",
)
def create_todo(body: TodoCreate, user: CurrentUser, todos: Todos) -> TodoResponse:
    draft = TodoDraft(title=body.title, description=body.description, done=body.done)
    return TodoResponse.from_domain(todos.create(user, draft))


@router.get("", response_model=TodoPage, summary="List your todos (paginated)")
def list_todos(
    user: CurrentUser,
    todos: Todos,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    sort: SortField = SortField.CREATED_AT,
    direction: SortDirection = SortDirection.DESC,
) -> TodoPage:
    page = PageRequest(limit=limit, offset=offset, sort=sort, direction=direction)
    return TodoPage.from_domain(todos.list(user, page))


@router.get("/{todo_id}", response_model=TodoResponse, responses=_NOT_FOUND, summary="Read a todo")
def get_todo(todo_id: UUID, user: CurrentUser, todos: Todos) -> TodoResponse:
    return TodoResponse.from_domain(todos.get(user, todo_id))


@router.patch(
    "/{todo_id}", response_model=TodoResponse, responses=_NOT_FOUND, summary="Update a todo"
)
def update_todo(todo_id: UUID, body: TodoUpdate, user: CurrentUser, todos: Todos) -> TodoResponse:
    patch = TodoPatch(fields=body.model_dump(exclude_unset=True))
    return TodoResponse.from_domain(todos.update(user, todo_id, patch))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_NOT_FOUND,
    summary="Delete a todo",
)
def delete_todo(todo_id: UUID, user: CurrentUser, todos: Todos) -> Response:
    todos.delete(user, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
