"""All SQL lives here. Values are always bound parameters (``:name``)."""
from collections.abc import Mapping
from typing import Any, Final, Literal

from databases import Database

from todo_api.schemas import TodoOut, UserOut

SortField = Literal["created_at", "title"]
SortOrder = Literal["asc", "desc"]

# Identifiers cannot be bound parameters, so ORDER BY is assembled from these
# fixed fragments only; the request value is used purely as a dict key.
_SORT_COLUMNS: Final[dict[SortField, str]] = {"created_at": "created_at", "title": "title"}
_SORT_ORDERS: Final[dict[SortOrder, str]] = {"asc": "ASC", "desc": "DESC"}
_UPDATABLE_COLUMNS: Final = frozenset({"title", "description", "done"})

_TODO_COLUMNS: Final = "id, title, description, done, created_at"


class UsernameTaken(Exception):
    pass


def _is_integrity_error(exc: BaseException) -> bool:
    # `databases` surfaces the driver's own exception (pymysql / sqlite3); both
    # follow the DB-API naming, which is the only thing they have in common.
    return type(exc).__name__ == "IntegrityError"


def _todo(row: Mapping[str, Any]) -> TodoOut:
    return TodoOut(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=row["done"],
        created_at=row["created_at"],
    )


class UserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, username: str, password_hash: str) -> UserOut:
        try:
            user_id = await self._db.execute(
                "INSERT INTO users (username, password_hash) VALUES (:username, :password_hash)",
                {"username": username, "password_hash": password_hash},
            )
        except Exception as exc:
            if _is_integrity_error(exc):
                raise UsernameTaken(username) from exc
            raise
        user = await self.get(int(user_id))
        assert user is not None
        return user

    async def get(self, user_id: int) -> UserOut | None:
        row = await self._db.fetch_one(
            "SELECT id, username, created_at FROM users WHERE id = :id", {"id": user_id}
        )
        return UserOut(id=row["id"], username=row["username"], created_at=row["created_at"]) if row else None

    async def credentials(self, username: str) -> tuple[int, str] | None:
        row = await self._db.fetch_one(
            "SELECT id, password_hash FROM users WHERE username = :username",
            {"username": username},
        )
        return (row["id"], row["password_hash"]) if row else None


class TodoRepository:
    """Every query is scoped by ``owner_id``: another user's todo is simply not found."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, owner_id: int, title: str, description: str | None, done: bool) -> TodoOut:
        todo_id = await self._db.execute(
            "INSERT INTO todos (owner_id, title, description, done) "
            "VALUES (:owner_id, :title, :description, :done)",
            {"owner_id": owner_id, "title": title, "description": description, "done": done},
        )
        todo = await self.get(owner_id, int(todo_id))
        assert todo is not None
        return todo

    async def get(self, owner_id: int, todo_id: int) -> TodoOut | None:
        row = await self._db.fetch_one(
            f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = :id AND owner_id = :owner_id",
            {"id": todo_id, "owner_id": owner_id},
        )
        return _todo(row) if row else None

    async def page(
        self,
        owner_id: int,
        *,
        limit: int,
        offset: int,
        done: bool | None,
        sort: SortField,
        order: SortOrder,
    ) -> tuple[list[TodoOut], int]:
        where = "owner_id = :owner_id"
        params: dict[str, Any] = {"owner_id": owner_id}
        if done is not None:
            where += " AND done = :done"
            params["done"] = done

        column, direction = _SORT_COLUMNS[sort], _SORT_ORDERS[order]
        rows = await self._db.fetch_all(
            f"SELECT {_TODO_COLUMNS} FROM todos WHERE {where} "
            f"ORDER BY {column} {direction}, id {direction} LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset},
        )
        total = await self._db.fetch_val(f"SELECT COUNT(*) FROM todos WHERE {where}", params)
        return [_todo(r) for r in rows], int(total or 0)

    async def update(self, owner_id: int, todo_id: int, changes: Mapping[str, Any]) -> TodoOut | None:
        if not changes:
            return await self.get(owner_id, todo_id)
        unknown = set(changes) - _UPDATABLE_COLUMNS
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")

        async with self._db.transaction():
            if await self.get(owner_id, todo_id) is None:
                return None
            assignments = ", ".join(f"{column} = :{column}" for column in sorted(changes))
            await self._db.execute(
                f"UPDATE todos SET {assignments} WHERE id = :id AND owner_id = :owner_id",
                {**changes, "id": todo_id, "owner_id": owner_id},
            )
            return await self.get(owner_id, todo_id)

    async def delete(self, owner_id: int, todo_id: int) -> bool:
        async with self._db.transaction():
            if await self.get(owner_id, todo_id) is None:
                return False
            await self._db.execute(
                "DELETE FROM todos WHERE id = :id AND owner_id = :owner_id",
                {"id": todo_id, "owner_id": owner_id},
            )
            return True
