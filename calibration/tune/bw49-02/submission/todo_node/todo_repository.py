import sqlite3

from todo_node.database import Database
from todo_node.entities import TodoEntity


class TodoRepository:
    kUpdatableColumns: tuple[str, ...] = ("title", "description", "done")

    __slots__ = ("_db",)

    def __init__(self, db: Database) -> None:
        self._db: Database = db  # non-owning reference

    @staticmethod
    def _to_entity(row: sqlite3.Row) -> TodoEntity:
        return TodoEntity(
            id=row["id"],
            owner_id=row["owner_id"],
            title=row["title"],
            description=row["description"],
            done=bool(row["done"]),
        )

    def create(self, owner_id: int, title: str, description: str | None, done: bool) -> TodoEntity:
        cursor: sqlite3.Cursor = self._db.execute(
            "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
            (owner_id, title, description, int(done)),
        )
        return TodoEntity(int(cursor.lastrowid or 0), owner_id, title, description, done)

    def count_for_owner(self, owner_id: int) -> int:
        row: sqlite3.Row | None = self._db.fetch_one(
            "SELECT COUNT(*) AS n FROM todos WHERE owner_id = ?", (owner_id,)
        )
        return int(row["n"]) if row is not None else 0

    def get(self, todo_id: int, owner_id: int) -> TodoEntity | None:
        row: sqlite3.Row | None = self._db.fetch_one(
            "SELECT id, owner_id, title, description, done FROM todos WHERE id = ? AND owner_id = ?",
            (todo_id, owner_id),
        )
        return self._to_entity(row) if row is not None else None

    def list_for_owner(self, owner_id: int, limit: int, offset: int) -> list[TodoEntity]:
        rows: list[sqlite3.Row] = self._db.fetch_all(
            "SELECT id, owner_id, title, description, done FROM todos WHERE owner_id = ? ORDER BY id",
            (owner_id,),
        )
        result: list[TodoEntity] = []
        for row in rows[offset : offset + limit]:
            result.append(self._to_entity(row))
        del rows  # release the full result set early
        return result

    def update(self, todo_id: int, fields: dict[str, object]) -> TodoEntity | None:
        columns: list[str] = [c for c in self.kUpdatableColumns if c in fields]
        if columns:
            assignments: str = ", ".join(f"{c} = ?" for c in columns)
            values: tuple[object, ...] = tuple(fields[c] for c in columns) + (todo_id,)
            self._db.execute(f"UPDATE todos SET {assignments} WHERE id = ?", values)
        row: sqlite3.Row | None = self._db.fetch_one(
            "SELECT id, owner_id, title, description, done FROM todos WHERE id = ?", (todo_id,)
        )
        return self._to_entity(row) if row is not None else None

    def delete(self, todo_id: int, owner_id: int) -> bool:
        cursor: sqlite3.Cursor = self._db.execute(
            "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
        )
        return cursor.rowcount == 1
