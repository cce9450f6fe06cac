"""Todos context."""

from typing import Any

from todo_app import repo
from todo_app.changeset import Changeset, apply_action, cast, validate_length, validate_required, validate_type
from todo_app.pipe import pipe

PERMITTED = ["title", "description", "done"]


def changeset(params: dict[str, Any], *, creating: bool = True) -> Changeset:
    return pipe(
        cast(params, PERMITTED),
        lambda cs: validate_required(cs, ["title"]) if creating else cs,
        lambda cs: validate_type(cs, "title", str),
        lambda cs: validate_type(cs, "description", (str, type(None))),
        lambda cs: validate_type(cs, "done", bool),
        lambda cs: validate_length(cs, "title", min=1, max=200),
        lambda cs: validate_length(cs, "description", max=2000),
    )


def to_view(todo: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": todo["id"],
        "title": todo["title"],
        "description": todo["description"],
        "done": bool(todo["done"]),
        "inserted_at": todo["inserted_at"],
        "updated_at": todo["updated_at"],
    }


async def list_todos(user: dict[str, Any], limit: int, offset: int) -> list[dict[str, Any]]:
    todos = await repo.all("SELECT * FROM todos WHERE user_id = ? ORDER BY id", (user["id"],))
    return pipe(
        todos,
        lambda todos: todos[offset:],
        lambda todos: todos[:limit],
        lambda todos: [to_view(todo) for todo in todos],
    )


async def get_todo(user: dict[str, Any], todo_id: int) -> tuple[str, Any]:
    match await repo.one("SELECT * FROM todos WHERE id = ? AND user_id = ?", (todo_id, user["id"])):
        case None:
            return ("error", "not_found")
        case todo:
            return ("ok", to_view(todo))


async def create_todo(user: dict[str, Any], params: dict[str, Any]) -> tuple[str, Any]:
    match apply_action(changeset(params)):
        case ("ok", attrs):
            todo_id = await repo.insert(
                "INSERT INTO todos (user_id, title, description, done) VALUES (?, ?, ?, ?)",
                (user["id"], attrs["title"], attrs.get("description"), attrs.get("done", False)),
            )
            return await get_todo(user, todo_id)
        case error:
            return error


async def update_todo(user: dict[str, Any], todo_id: int, params: dict[str, Any]) -> tuple[str, Any]:
    match (await get_todo(user, todo_id), apply_action(changeset(params, creating=False))):
        case (("error", _) as not_found, _):
            return not_found
        case (_, ("error", _) as invalid):
            return invalid
        case (_, ("ok", changes)) if changes:
            # column names only ever come from PERMITTED (see cast/2), values are bound
            assignments = ", ".join(f"{column} = ?" for column in changes)
            await repo.execute(
                f"UPDATE todos SET {assignments}, updated_at = datetime('now') WHERE id = ? AND user_id = ?",
                (*changes.values(), todo_id, user["id"]),
            )
            return await get_todo(user, todo_id)
        case (found, _):
            return found


async def delete_todo(user: dict[str, Any], todo_id: int) -> tuple[str, Any]:
    match await repo.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user["id"])):
        case 0:
            return ("error", "not_found")
        case _:
            return ("ok", None)
