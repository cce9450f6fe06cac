import sqlite3
import threading
from datetime import datetime, timezone

from todo.models import Todo, TodoCreate, TodoPatch, User

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    title       TEXT NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
"""


class ErrNotFound(Exception):
    pass


class ErrConflict(Exception):
    pass


class Store:
    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(SCHEMA)
        self.mu = threading.Lock()

    def close(self) -> None:
        self.db.close()

    # --- users ---

    def create_user(self, username: str, password_hash: str) -> tuple[User | None, Exception | None]:
        with self.mu:
            try:
                cur = self.db.execute(
                    "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                    (username, password_hash),
                )
                self.db.commit()
            except sqlite3.IntegrityError:
                return None, ErrConflict("username already exists")
        return User(id=cur.lastrowid, username=username), None

    def get_user_by_username(self, username: str) -> tuple[sqlite3.Row | None, Exception | None]:
        with self.mu:
            row = self.db.execute(
                "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
            ).fetchone()
        if row is None:
            return None, ErrNotFound("user not found")
        return row, None

    def get_user(self, user_id: int) -> tuple[User | None, Exception | None]:
        with self.mu:
            row = self.db.execute("SELECT id, username FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            return None, ErrNotFound("user not found")
        return User(id=row["id"], username=row["username"]), None

    # --- todos ---

    def create_todo(self, user_id: int, in_: TodoCreate) -> tuple[Todo | None, Exception | None]:
        now = datetime.now(timezone.utc).isoformat()
        with self.mu:
            cur = self.db.execute(
                "INSERT INTO todos (user_id, title, description, done, created_at) VALUES (?, ?, ?, ?, ?)",
                (user_id, in_.title, in_.description, int(in_.done), now),
            )
            self.db.commit()
        return Todo(id=cur.lastrowid, title=in_.title, description=in_.description, done=in_.done, created_at=now), None

    def list_todos(self, user_id: int) -> list[Todo]:
        with self.mu:
            rows = self.db.execute(
                "SELECT id, title, description, done, created_at FROM todos WHERE user_id = ? ORDER BY id",
                (user_id,),
            ).fetchall()
        return [row_to_todo(r) for r in rows]

    def get_todo(self, user_id: int, todo_id: int) -> tuple[Todo | None, Exception | None]:
        with self.mu:
            row = self.db.execute(
                "SELECT id, title, description, done, created_at FROM todos WHERE id = ? AND user_id = ?",
                (todo_id, user_id),
            ).fetchone()
        if row is None:
            return None, ErrNotFound("todo not found")
        return row_to_todo(row), None

    def update_todo(self, user_id: int, todo_id: int, p: TodoPatch) -> tuple[Todo | None, Exception | None]:
        sets: list[str] = []
        args: list[object] = []
        if p.title is not None:
            sets.append("title = ?")
            args.append(p.title)
        if "description" in p.model_fields_set:
            sets.append("description = ?")
            args.append(p.description)
        if p.done is not None:
            sets.append("done = ?")
            args.append(int(p.done))

        if len(sets) > 0:
            args.extend([todo_id, user_id])
            with self.mu:
                cur = self.db.execute(
                    f"UPDATE todos SET {', '.join(sets)} WHERE id = ? AND user_id = ?", args
                )
                self.db.commit()
            if cur.rowcount == 0:
                return None, ErrNotFound("todo not found")
        return self.get_todo(user_id, todo_id)

    def delete_todo(self, user_id: int, todo_id: int) -> Exception | None:
        with self.mu:
            cur = self.db.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, user_id))
            self.db.commit()
        if cur.rowcount == 0:
            return ErrNotFound("todo not found")
        return None


def row_to_todo(r: sqlite3.Row) -> Todo:
    return Todo(
        id=r["id"],
        title=r["title"],
        description=r["description"],
        done=bool(r["done"]),
        created_at=r["created_at"],
    )
