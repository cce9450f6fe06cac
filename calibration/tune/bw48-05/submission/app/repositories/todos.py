"""Todo persistence. Every statement is scoped by owner_id."""
from typing import Any, Mapping

from app.db import database

TodoRow = Mapping[str, Any]

_COLUMNS = "id, title, description, done, created_at, updated_at"
_UPDATABLE = frozenset({"title", "description", "done"})


async def create(owner_id: int, title: str, description: str | None, done: bool) -> TodoRow:
    row = await database.fetch_one(
        f"""
        INSERT INTO todos (owner_id, title, description, done)
        VALUES (:owner_id, :title, :description, :done)
        RETURNING {_COLUMNS}
        """,
        {"owner_id": owner_id, "title": title, "description": description, "done": done},
    )
    assert row is not None  # INSERT ... RETURNING always yields the new row
    return row


async def get(owner_id: int, todo_id: int) -> TodoRow | None:
    return await database.fetch_one(
        f"SELECT {_COLUMNS} FROM todos WHERE id = :id AND owner_id = :owner_id",
        {"id": todo_id, "owner_id": owner_id},
    )


async def list_page(
    owner_id: int, *, limit: int, offset: int, done: bool | None = None
) -> tuple[list[TodoRow], int]:
    where = "owner_id = :owner_id"
    values: dict[str, Any] = {"owner_id": owner_id}
    if done is not None:
        where += " AND done = :done"
        values["done"] = done

    total = await database.fetch_val(f"SELECT count(*) FROM todos WHERE {where}", values)
    rows = await database.fetch_all(
        f"SELECT {_COLUMNS} FROM todos WHERE {where} ORDER BY id LIMIT :limit OFFSET :offset",
        {**values, "limit": limit, "offset": offset},
    )
    return list(rows), int(total or 0)


async def update(owner_id: int, todo_id: int, changes: Mapping[str, Any]) -> TodoRow | None:
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    if not changes:
        return await get(owner_id, todo_id)

    assignments = ", ".join(f"{column} = :{column}" for column in sorted(changes))
    return await database.fetch_one(
        f"""
        UPDATE todos
        SET {assignments}, updated_at = CURRENT_TIMESTAMP
        WHERE id = :id AND owner_id = :owner_id
        RETURNING {_COLUMNS}
        """,
        {**changes, "id": todo_id, "owner_id": owner_id},
    )


async def delete(owner_id: int, todo_id: int) -> bool:
    row = await database.fetch_one(
        "DELETE FROM todos WHERE id = :id AND owner_id = :owner_id RETURNING id",
        {"id": todo_id, "owner_id": owner_id},
    )
    return row is not None
