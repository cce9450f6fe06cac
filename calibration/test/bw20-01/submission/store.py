import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import Optional

import errors
from errors import Error


@dataclass
class User:
    id: int
    username: str
    password_hash: str


@dataclass
class Todo:
    id: int
    owner_id: int
    title: str
    description: str
    done: bool


SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token      TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS idx_todos_owner ON todos(owner_id, id);
"""


def _todo(row: tuple) -> Todo:
    return Todo(id=row[0], owner_id=row[1], title=row[2], description=row[3], done=bool(row[4]))


class Store:
    """All database access. One connection, guarded by a mutex.

    FastAPI runs the (sync) handlers on a thread pool, so the connection is
    opened with check_same_thread=False and every access takes the lock.
    """

    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._mu = threading.Lock()
        with self._mu:
            self._db.executescript(SCHEMA)
            self._db.commit()

    def close(self) -> None:
        with self._mu:
            self._db.close()

    # users

    def create_user(self, username: str, password_hash: str) -> tuple[Optional[User], Optional[Error]]:
        with self._mu:
            try:
                cur = self._db.execute(
                    "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                    (username, password_hash),
                )
                self._db.commit()
            except sqlite3.IntegrityError:
                self._db.rollback()
                return None, errors.ErrConflict
            except sqlite3.Error:
                self._db.rollback()
                return None, errors.ErrInternal
        return User(id=cur.lastrowid or 0, username=username, password_hash=password_hash), None

    def user_by_name(self, username: str) -> tuple[Optional[User], Optional[Error]]:
        with self._mu:
            row = self._db.execute(
                "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
            ).fetchone()
        if row is None:
            return None, errors.ErrNotFound
        return User(id=row[0], username=row[1], password_hash=row[2]), None

    # tokens

    def save_token(self, token: str, user_id: int, expires_at: int) -> Optional[Error]:
        with self._mu:
            try:
                self._db.execute(
                    "INSERT INTO tokens (token, user_id, expires_at) VALUES (?, ?, ?)",
                    (token, user_id, expires_at),
                )
                self._db.commit()
            except sqlite3.Error:
                self._db.rollback()
                return errors.ErrInternal
        return None

    def user_for_token(self, token: str) -> tuple[Optional[User], Optional[Error]]:
        with self._mu:
            row = self._db.execute(
                "SELECT u.id, u.username, u.password_hash, t.expires_at "
                "FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token = ?",
                (token,),
            ).fetchone()
        if row is None:
            return None, errors.ErrNotFound
        if row[3] < int(time.time()):
            return None, errors.ErrExpired
        return User(id=row[0], username=row[1], password_hash=row[2]), None

    # todos

    def create_todo(self, owner_id: int, title: str, description: str, done: bool) -> tuple[Optional[Todo], Optional[Error]]:
        with self._mu:
            try:
                cur = self._db.execute(
                    "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
                    (owner_id, title, description, int(done)),
                )
                self._db.commit()
            except sqlite3.Error:
                self._db.rollback()
                return None, errors.ErrInternal
        return Todo(id=cur.lastrowid or 0, owner_id=owner_id, title=title, description=description, done=done), None

    def list_todos(self, owner_id: int, limit: int, offset: int) -> tuple[list[Todo], Optional[Error]]:
        with self._mu:
            rows = self._db.execute(
                "SELECT id, owner_id, title, description, done FROM todos "
                "WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
                (owner_id, limit, offset),
            ).fetchall()
        return [_todo(r) for r in rows], None

    def get_todo(self, owner_id: int, todo_id: int) -> tuple[Optional[Todo], Optional[Error]]:
        with self._mu:
            row = self._db.execute(
                "SELECT id, owner_id, title, description, done FROM todos WHERE id = ? AND owner_id = ?",
                (todo_id, owner_id),
            ).fetchone()
        if row is None:
            return None, errors.ErrNotFound
        return _todo(row), None

    def update_todo(self, owner_id: int, todo_id: int, title: str, description: str, done: bool) -> tuple[Optional[Todo], Optional[Error]]:
        with self._mu:
            try:
                cur = self._db.execute(
                    "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
                    (title, description, int(done), todo_id, owner_id),
                )
                self._db.commit()
            except sqlite3.Error:
                self._db.rollback()
                return None, errors.ErrInternal
        if cur.rowcount == 0:
            return None, errors.ErrNotFound
        return Todo(id=todo_id, owner_id=owner_id, title=title, description=description, done=done), None

    def delete_todo(self, owner_id: int, todo_id: int) -> Optional[Error]:
        with self._mu:
            try:
                cur = self._db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id))
                self._db.commit()
            except sqlite3.Error:
                self._db.rollback()
                return errors.ErrInternal
        if cur.rowcount == 0:
            return errors.ErrNotFound
        return None
