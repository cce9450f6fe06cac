import sqlite3
from datetime import datetime, timezone

from app.data.database import Database
from app.domain import Conflict, NotFound, RepoResult, Success, Todo, User


def _todoFromRow(row: sqlite3.Row) -> Todo:
    return Todo(
        id=row["id"],
        ownerId=row["owner_id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        createdAt=datetime.fromisoformat(row["created_at"]),
    )


class UserRepository:
    def __init__(self, db: Database) -> None:
        self.conn = db.connection

    async def create(self, username: str, passwordHash: bytes) -> RepoResult[User]:
        try:
            cursor = self.conn.execute(
                "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                (username, passwordHash),
            )
            self.conn.commit()
        except sqlite3.IntegrityError:
            return Conflict(reason=f"username '{username}' is already taken")
        return Success(User(id=cursor.lastrowid, username=username, passwordHash=passwordHash))

    async def findByUsername(self, username: str) -> User | None:
        row = self.conn.execute(
            "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            return None
        return User(id=row["id"], username=row["username"], passwordHash=row["password_hash"])

    async def findById(self, userId: int) -> User | None:
        row = self.conn.execute(
            "SELECT id, username, password_hash FROM users WHERE id = ?", (userId,)
        ).fetchone()
        if row is None:
            return None
        return User(id=row["id"], username=row["username"], passwordHash=row["password_hash"])


class TodoRepository:
    def __init__(self, db: Database) -> None:
        self.conn = db.connection

    async def create(self, ownerId: int, title: str, description: str | None, done: bool) -> Todo:
        createdAt = datetime.now(timezone.utc)
        cursor = self.conn.execute(
            "INSERT INTO todos (owner_id, title, description, done, created_at) VALUES (?, ?, ?, ?, ?)",
            (ownerId, title, description, int(done), createdAt.isoformat()),
        )
        self.conn.commit()
        return Todo(
            id=cursor.lastrowid,
            ownerId=ownerId,
            title=title,
            description=description,
            done=done,
            createdAt=createdAt,
        )

    async def listForOwner(self, ownerId: int, limit: int, offset: int) -> list[Todo]:
        rows = self.conn.execute(
            "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
            (ownerId, limit, offset),
        ).fetchall()
        return [_todoFromRow(r) for r in rows]

    async def get(self, ownerId: int, todoId: int) -> RepoResult[Todo]:
        row = self.conn.execute(
            "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todoId, ownerId)
        ).fetchone()
        if row is None:
            return NotFound(entity="todo", id=todoId)
        return Success(_todoFromRow(row))

    async def save(self, todo: Todo) -> Todo:
        self.conn.execute(
            "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
            (todo.title, todo.description, int(todo.done), todo.id, todo.ownerId),
        )
        self.conn.commit()
        return todo

    async def delete(self, ownerId: int, todoId: int) -> RepoResult[None]:
        cursor = self.conn.execute(
            "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todoId, ownerId)
        )
        self.conn.commit()
        if cursor.rowcount == 0:
            return NotFound(entity="todo", id=todoId)
        return Success(None)
