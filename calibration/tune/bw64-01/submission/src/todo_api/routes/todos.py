from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, status

from todo_api import repo
from todo_api.db import Conn
from todo_api.deps import CurrentUser
from todo_api.domain import Todo, TodoId
from todo_api.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoPatch

router = APIRouter(prefix="/todos", tags=["todos"])

MAX_PAGE = 100
DEFAULT_PAGE = 20
PG_BIGINT_MAX = 2**63 - 1

TodoIdParam = Annotated[int, Path(ge=1, le=PG_BIGINT_MAX, description="Todo id")]

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Missing or invalid bearer token"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such todo (or it belongs to someone else)"}
}


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")


def _found(todo: Todo | None) -> TodoOut:
    match todo:
        case None:
            raise _not_found()
        case Todo():
            return TodoOut.from_domain(todo)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
async def create_todo(body: TodoCreate, owner: CurrentUser, conn: Conn) -> TodoOut:
    todo = await repo.insert_todo(conn, owner, body.title, body.description, body.done)
    return TodoOut.from_domain(todo)


@router.get("", summary="List my todos, oldest first", responses=UNAUTHORIZED)
async def list_todos(
    owner: CurrentUser,
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0, le=PG_BIGINT_MAX)] = 0,
) -> TodoPage:
    items, total = await repo.list_todos(conn, owner, limit=limit, offset=offset)
    return TodoPage(
        items=[TodoOut.from_domain(t) for t in items],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/{todo_id}", summary="Read one of my todos", responses=UNAUTHORIZED | NOT_FOUND
)
async def read_todo(todo_id: TodoIdParam, owner: CurrentUser, conn: Conn) -> TodoOut:
    return _found(await repo.get_todo(conn, owner, TodoId(todo_id)))


@router.patch(
    "/{todo_id}",
    summary="Update some fields of one of my todos",
    responses=UNAUTHORIZED | NOT_FOUND,
)
async def update_todo(
    todo_id: TodoIdParam, body: TodoPatch, owner: CurrentUser, conn: Conn
) -> TodoOut:
    updated = await repo.update_todo(conn, owner, TodoId(todo_id), body.changes())
    return _found(updated)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of my todos",
    responses=UNAUTHORIZED | NOT_FOUND,
)
async def delete_todo(todo_id: TodoIdParam, owner: CurrentUser, conn: Conn) -> None:
    if not await repo.delete_todo(conn, owner, TodoId(todo_id)):
        raise _not_found()
