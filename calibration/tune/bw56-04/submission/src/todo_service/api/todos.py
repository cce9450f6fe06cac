from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Header, HTTPException, Query, Response, status

from ..repository import IdempotencyConflict, IdempotencyKey
from ..schemas import ErrorResponse, Todo, TodoCreate, TodoPage, TodoUpdate
from .deps import UNAUTHORIZED, CurrentUser, ServicesDep

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 100_000

router = APIRouter(prefix="/todos", tags=["todos"], responses=UNAUTHORIZED)

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {
        "model": ErrorResponse,
        "description": "No such todo, or it belongs to someone else",
    }
}

IdempotencyKeyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern=r"^[\x21-\x7e]+$",
        description=(
            "Optional client-generated key. Retrying a create with the same key and body "
            "returns the original todo instead of creating a second one."
        ),
    ),
]


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")


def request_fingerprint(body: TodoCreate) -> str:
    canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@router.get("", summary="List my todos (oldest first)")
async def list_todos(
    user: CurrentUser,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> TodoPage:
    items, total = await services.repository.list_todos(user.id, limit, offset)
    return TodoPage(items=items, total=total, limit=limit, offset=offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo (idempotent with an Idempotency-Key header)",
    responses={
        status.HTTP_409_CONFLICT: {
            "model": ErrorResponse,
            "description": "Idempotency-Key reused with a different body",
        }
    },
)
async def create_todo(
    body: TodoCreate,
    user: CurrentUser,
    services: ServicesDep,
    response: Response,
    idempotency_key: IdempotencyKeyHeader = None,
) -> Todo:
    key = (
        IdempotencyKey(key=idempotency_key, fingerprint=request_fingerprint(body))
        if idempotency_key is not None
        else None
    )
    try:
        created = await services.repository.create_todo(user.id, body, key)
    except IdempotencyConflict:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            "Idempotency-Key was already used with a different request body",
        ) from None
    response.headers["Location"] = f"/todos/{created.todo.id}"
    if created.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return created.todo


@router.get("/{todo_id}", summary="Read one of my todos", responses=NOT_FOUND)
async def read_todo(todo_id: UUID, user: CurrentUser, services: ServicesDep) -> Todo:
    todo = await services.repository.get_todo(user.id, todo_id)
    if todo is None:
        raise _not_found()
    return todo


@router.patch("/{todo_id}", summary="Update some fields of one of my todos", responses=NOT_FOUND)
async def update_todo(
    todo_id: UUID, body: TodoUpdate, user: CurrentUser, services: ServicesDep
) -> Todo:
    todo = await services.repository.update_todo(
        user.id, todo_id, body.model_dump(exclude_unset=True)
    )
    if todo is None:
        raise _not_found()
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of my todos",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: UUID, user: CurrentUser, services: ServicesDep) -> Response:
    if not await services.repository.delete_todo(user.id, todo_id):
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
