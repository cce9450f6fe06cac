from typing import Annotated, Any, Mapping

from fastapi import APIRouter, HTTPException, Path, Query, Response, status

from app.deps import CurrentUser
from app.repositories import todos
from app.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}

# ids are BIGINT/INTEGER columns; anything outside that range can't exist and
# would otherwise overflow the driver.
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _to_out(row: Mapping[str, Any]) -> TodoOut:
    return TodoOut(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=row["done"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser) -> TodoOut:
    row = await todos.create(user["id"], body.title, body.description, body.done)
    return _to_out(row)


@router.get("", response_model=TodoPage, summary="List my todos")
async def list_todos(
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
    done: Annotated[bool | None, Query(description="Filter on the done flag")] = None,
) -> TodoPage:
    rows, total = await todos.list_page(user["id"], limit=limit, offset=offset, done=done)
    return TodoPage(items=[_to_out(r) for r in rows], total=total, limit=limit, offset=offset)


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=_NOT_FOUND)
async def read_todo(todo_id: TodoId, user: CurrentUser) -> TodoOut:
    row = await todos.get(user["id"], todo_id)
    if row is None:
        raise _not_found()
    return _to_out(row)


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update a todo", responses=_NOT_FOUND)
async def update_todo(todo_id: TodoId, body: TodoUpdate, user: CurrentUser) -> TodoOut:
    row = await todos.update(user["id"], todo_id, body.model_dump(exclude_unset=True))
    if row is None:
        raise _not_found()
    return _to_out(row)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
    response_class=Response,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser) -> Response:
    if not await todos.delete(user["id"], todo_id):
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
