import sqlite3

from todo_node.database import Database
from todo_node.entities import UserEntity


class UserRepository:
    __slots__ = ("_db",)

    def __init__(self, db: Database) -> None:
        self._db: Database = db  # non-owning reference

    def create(self, username: str, salt: bytes, password_hash: bytes) -> UserEntity | None:
        try:
            cursor: sqlite3.Cursor = self._db.execute(
                "INSERT INTO users (username, password_salt, password_hash) VALUES (?, ?, ?)",
                (username, salt, password_hash),
            )
        except sqlite3.IntegrityError:
            return None
        user_id: int = int(cursor.lastrowid or 0)
        return UserEntity(user_id, username, salt, password_hash)

    def find_by_username(self, username: str) -> UserEntity | None:
        row: sqlite3.Row | None = self._db.fetch_one(
            "SELECT id, username, password_salt, password_hash FROM users WHERE username = ?",
            (username,),
        )
        if row is None:
            return None
        return UserEntity(row["id"], row["username"], row["password_salt"], row["password_hash"])
