from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from auth import get_current_user
from database import get_db
from models import Message, TodoCreate, TodoList, TodoOut, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])

NOT_FOUND = {404: {"model": Message, "description": "Todo not found"}}
TODO_COLUMNS = "id, title, description, done, created_at"


def _todo_or_404(todo_id: int, user_id: int) -> dict:
    row = get_db().execute(
        f"SELECT {TODO_COLUMNS} FROM todos WHERE id = ? AND user_id = ?",
        (todo_id, user_id),
    ).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return dict(row)


@router.get("", response_model=TodoList, summary="List my todos")
async def list_todos(
    limit: int = Query(10, ge=1, le=50, description="page size, max 50"),
    offset: int = Query(0, ge=0),
    done: Optional[bool] = Query(None, description="filter on the done flag"),
    user: dict = Depends(get_current_user),
) -> dict:
    db = get_db()
    where = "WHERE user_id = ?"
    params: list = [user["id"]]
    if done is not None:
        where += " AND done = ?"
        params.append(int(done))

    total = db.execute(f"SELECT COUNT(*) FROM todos {where}", params).fetchone()[0]
    rows = db.execute(
        f"SELECT {TODO_COLUMNS} FROM todos {where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return {"items": [dict(r) for r in rows], "total": total, "limit": limit, "offset": offset}


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(todo: TodoCreate, user: dict = Depends(get_current_user)) -> dict:
    db = get_db()
    cur = db.execute(
        "INSERT INTO todos (user_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user["id"], todo.title, todo.description, todo.done),
    )
    db.commit()
    return _todo_or_404(cur.lastrowid, user["id"])


@router.get("/{todo_id}", response_model=TodoOut, summary="Read a todo", responses=NOT_FOUND)
async def read_todo(todo_id: int, user: dict = Depends(get_current_user)) -> dict:
    return _todo_or_404(todo_id, user["id"])


@router.patch(
    "/{todo_id}", response_model=TodoOut, summary="Update a todo", responses=NOT_FOUND
)
async def update_todo(
    todo_id: int, changes: TodoUpdate, user: dict = Depends(get_current_user)
) -> dict:
    current = _todo_or_404(todo_id, user["id"])
    data = changes.model_dump(exclude_unset=True, exclude_none=True)
    if not data:
        return current

    db = get_db()
    set_clause = ", ".join(f"{field} = ?" for field in data)
    db.execute(
        f"UPDATE todos SET {set_clause} WHERE id = ? AND user_id = ?",
        [*data.values(), todo_id, user["id"]],
    )
    db.commit()
    return _todo_or_404(todo_id, user["id"])


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: int, user: dict = Depends(get_current_user)) -> Response:
    _todo_or_404(todo_id, user["id"])
    db = get_db()
    db.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user["id"]))
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
