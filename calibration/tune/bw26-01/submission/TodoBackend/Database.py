import sqlite3
from typing import Optional

DATABASE_PATH = "todos.db"


class Database:
    """Simple singleton wrapper around sqlite, like a CoreData stack."""

    shared: Optional["Database"] = None

    def __init__(self, path: str = DATABASE_PATH) -> None:
        self.connection = sqlite3.connect(path, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
        self.setupTables()

    @classmethod
    def getShared(cls) -> "Database":
        if cls.shared is None:
            cls.shared = Database()
        return cls.shared

    def setupTables(self) -> None:
        self.connection.execute(
            """
            CREATE TABLE IF NOT EXISTS users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                username TEXT UNIQUE NOT NULL,
                password_hash TEXT NOT NULL
            )
            """
        )
        self.connection.execute(
            """
            CREATE TABLE IF NOT EXISTS todos (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                owner_id INTEGER NOT NULL REFERENCES users(id),
                title TEXT NOT NULL,
                description TEXT,
                is_done INTEGER NOT NULL DEFAULT 0
            )
            """
        )
        self.connection.commit()
