"""Todo endpoints.

Every route requires a valid bearer token and only ever touches rows whose
``owner_id`` is the authenticated user. A todo owned by somebody else is
reported as *not found* (404), never as *forbidden* (403), so that ids of
other users' todos cannot be probed.
"""

import sqlite3
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from ..database import get_db
from ..schemas import ErrorResponse, TodoCreate, TodoPage, TodoRead, TodoUpdate
from .deps import get_current_user_id

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid token."}},
)

_NOT_FOUND = {404: {"model": ErrorResponse, "description": "No such todo for this user."}}


def _row_to_todo(row: sqlite3.Row) -> TodoRead:
    """Convert a ``todos`` row into the API model."""
    return TodoRead(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _fetch_owned(db: sqlite3.Connection, todo_id: int, user_id: int) -> sqlite3.Row:
    """Load a todo that belongs to ``user_id``.

    Raises:
        HTTPException: 404 if the todo does not exist or is not the caller's.
    """
    row = db.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id)
    ).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return row


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    description="Creates a todo owned by the caller and returns it with its id.",
)
async def create_todo(
    payload: TodoCreate,
    user_id: int = Depends(get_current_user_id),
    db: sqlite3.Connection = Depends(get_db),
) -> TodoRead:
    """Insert a new todo for the current user."""
    now = datetime.now(timezone.utc).isoformat()
    cursor = db.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (user_id, payload.title, payload.description, int(payload.done), now, now),
    )
    db.commit()
    return _fetch_owned_row_as_todo(db, cursor.lastrowid, user_id)


def _fetch_owned_row_as_todo(db: sqlite3.Connection, todo_id: int, user_id: int) -> TodoRead:
    """Shorthand for ``_row_to_todo(_fetch_owned(...))``."""
    return _row_to_todo(_fetch_owned(db, todo_id, user_id))


@router.get(
    "",
    response_model=TodoPage,
    summary="List my todos",
    description=f"Returns the caller's todos, oldest first, one page at a time. "
    f"`limit` defaults to {DEFAULT_PAGE_SIZE} and may not exceed {MAX_PAGE_SIZE}.",
)
async def list_todos(
    limit: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Page size."),
    offset: int = Query(0, ge=0, description="Number of todos to skip."),
    user_id: int = Depends(get_current_user_id),
    db: sqlite3.Connection = Depends(get_db),
) -> TodoPage:
    """Return one page of the caller's todos.

    The total is computed from the same result set as the page, which keeps
    the two consistent without a second query.
    """
    rows = db.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id", (user_id,)
    ).fetchall()
    page = rows[offset : offset + limit]
    return TodoPage(
        items=[_row_to_todo(r) for r in page], total=len(rows), limit=limit, offset=offset
    )


@router.get(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Read one todo",
    responses=_NOT_FOUND,
)
async def get_todo(
    todo_id: int,
    user_id: int = Depends(get_current_user_id),
    db: sqlite3.Connection = Depends(get_db),
) -> TodoRead:
    """Return a single todo owned by the caller."""
    return _fetch_owned_row_as_todo(db, todo_id, user_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Update a todo",
    description="Partial update: only the fields present in the body change. "
    "`title` and `done` may not be set to null.",
    responses=_NOT_FOUND,
)
async def update_todo(
    todo_id: int,
    payload: TodoUpdate,
    user_id: int = Depends(get_current_user_id),
    db: sqlite3.Connection = Depends(get_db),
) -> TodoRead:
    """Apply a partial update to one of the caller's todos."""
    current = _fetch_owned(db, todo_id, user_id)
    changes = payload.model_dump(exclude_unset=True)
    if changes.get("title", "") is None or changes.get("done", False) is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "title and done cannot be null")

    title = changes.get("title", current["title"])
    description = changes.get("description", current["description"])
    done = changes.get("done", bool(current["done"]))
    db.execute(
        "UPDATE todos SET title = ?, description = ?, done = ?, updated_at = ? "
        "WHERE id = ? AND owner_id = ?",
        (title, description, int(done), datetime.now(timezone.utc).isoformat(), todo_id, user_id),
    )
    db.commit()
    return _fetch_owned_row_as_todo(db, todo_id, user_id)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(
    todo_id: int,
    user_id: int = Depends(get_current_user_id),
    db: sqlite3.Connection = Depends(get_db),
) -> Response:
    """Delete one of the caller's todos. Answers 204 with an empty body."""
    _fetch_owned(db, todo_id, user_id)
    db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id))
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
