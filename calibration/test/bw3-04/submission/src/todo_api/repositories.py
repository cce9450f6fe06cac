from datetime import datetime, timezone

import aiosqlite

from .entities import Todo, User


class UserRepository:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection

    async def find_by_username(self, username: str) -> User | None:
        cursor = await self.connection.execute(
            "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
        )
        row = await cursor.fetchone()
        return User(**dict(row)) if row else None

    async def find_by_id(self, user_id: int) -> User | None:
        cursor = await self.connection.execute(
            "SELECT id, username, password_hash FROM users WHERE id = ?", (user_id,)
        )
        row = await cursor.fetchone()
        return User(**dict(row)) if row else None

    async def save(self, username: str, password_hash: str) -> User:
        cursor = await self.connection.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash)
        )
        await self.connection.commit()
        return User(id=cursor.lastrowid, username=username, password_hash=password_hash)


class TodoRepository:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection

    @staticmethod
    def _map_row(row: aiosqlite.Row) -> Todo:
        return Todo(
            id=row["id"],
            owner_id=row["owner_id"],
            title=row["title"],
            description=row["description"],
            done=bool(row["done"]),
            created_at=datetime.fromisoformat(row["created_at"]),
        )

    async def find_all_by_owner(self, owner_id: int, limit: int, offset: int) -> list[Todo]:
        cursor = await self.connection.execute(
            "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
            (owner_id, limit, offset),
        )
        return [self._map_row(row) for row in await cursor.fetchall()]

    async def find_by_id_and_owner(self, todo_id: int, owner_id: int) -> Todo | None:
        cursor = await self.connection.execute(
            "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
        )
        row = await cursor.fetchone()
        return self._map_row(row) if row else None

    async def save(self, owner_id: int, title: str, description: str | None, done: bool) -> Todo:
        created_at = datetime.now(timezone.utc)
        cursor = await self.connection.execute(
            "INSERT INTO todos (owner_id, title, description, done, created_at) VALUES (?, ?, ?, ?, ?)",
            (owner_id, title, description, int(done), created_at.isoformat()),
        )
        await self.connection.commit()
        return Todo(cursor.lastrowid, owner_id, title, description, done, created_at)

    async def update(self, todo: Todo) -> Todo:
        await self.connection.execute(
            "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
            (todo.title, todo.description, int(todo.done), todo.id, todo.owner_id),
        )
        await self.connection.commit()
        return todo

    async def delete(self, todo_id: int, owner_id: int) -> bool:
        cursor = await self.connection.execute(
            "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
        )
        await self.connection.commit()
        return cursor.rowcount > 0
