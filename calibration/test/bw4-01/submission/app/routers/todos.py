from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from app.deps import DB, CurrentUser
from app.schemas import TodoCreate, TodoOut, TodoPage, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])

NOT_FOUND = {404: {"description": "Todo not found"}}
MAX_LIMIT = 100


def _row_to_todo(row) -> TodoOut:
    return TodoOut(
        id=row["id"], title=row["title"], description=row["description"], done=bool(row["done"])
    )


async def _fetch_owned(db: DB, todo_id: int, owner_id: int) -> TodoOut:
    async with db.execute(
        "SELECT id, title, description, done FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, owner_id),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return _row_to_todo(row)


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, db: DB) -> TodoOut:
    cur = await db.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user.id, body.title, body.description, int(body.done)),
    )
    await db.commit()
    return TodoOut(id=cur.lastrowid, title=body.title, description=body.description, done=body.done)


@router.get("", response_model=TodoPage, summary="List my todos (paginated)")
async def list_todos(
    user: CurrentUser,
    db: DB,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    async with db.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (user.id,)) as cur:
        (total,) = await cur.fetchone()
    async with db.execute(
        "SELECT id, title, description, done FROM todos WHERE owner_id = ? "
        "ORDER BY id LIMIT ? OFFSET ?",
        (user.id, limit, offset),
    ) as cur:
        rows = await cur.fetchall()
    return TodoPage(items=[_row_to_todo(r) for r in rows], total=total, limit=limit, offset=offset)


@router.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Get one todo")
async def get_todo(todo_id: int, user: CurrentUser, db: DB) -> TodoOut:
    return await _fetch_owned(db, todo_id, user.id)


@router.patch("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Update a todo")
async def update_todo(todo_id: int, body: TodoUpdate, user: CurrentUser, db: DB) -> TodoOut:
    current = await _fetch_owned(db, todo_id, user.id)
    merged = current.model_copy(update=body.model_dump(exclude_unset=True))
    if merged.title is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "title cannot be null")
    await db.execute(
        "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
        (merged.title, merged.description, int(merged.done), todo_id, user.id),
    )
    await db.commit()
    return merged


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
async def delete_todo(todo_id: int, user: CurrentUser, db: DB) -> Response:
    await _fetch_owned(db, todo_id, user.id)
    await db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user.id))
    await db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
