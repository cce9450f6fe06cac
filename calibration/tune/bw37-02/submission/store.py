# store.py -- in-memory store + append-only journal
#
# Layout is flat on purpose: dict lookups by int id, one index list per user
# so listing never touches other users' data. Everything is O(1) except
# delete (O(n) in the owner's list, n = that user's todo count).

import os
import time
from typing import Optional

import orjson

JOURNAL_PATH = os.environ.get("TODO_JOURNAL", "todo.journal")


class User:
    __slots__ = ("id", "name", "salt", "pw_hash")

    def __init__(self, id: int, name: str, salt: bytes, pw_hash: bytes) -> None:
        self.id = id
        self.name = name
        self.salt = salt
        self.pw_hash = pw_hash


class Todo:
    __slots__ = ("id", "owner", "title", "description", "done", "created")

    def __init__(self, id: int, owner: int, title, description, done: bool, created: float) -> None:
        self.id = id
        self.owner = owner
        self.title = title
        self.description = description
        self.done = done
        self.created = created

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "done": self.done,
            "created": self.created,
        }


class Journal:
    """Append-only log, one orjson record per line. Replayed at startup."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.f = None

    def open(self) -> None:
        self.f = open(self.path, "ab", buffering=0)

    def close(self) -> None:
        if self.f is not None:
            self.f.close()
            self.f = None

    def append(self, op: str, rec: list) -> None:
        if self.f is None:
            return
        self.f.write(orjson.dumps([op, rec]) + b"\n")
        os.fsync(self.f.fileno())

    def replay(self):
        if not os.path.exists(self.path):
            return
        with open(self.path, "rb") as f:
            for line in f:
                if line.strip():
                    yield orjson.loads(line)


class Store:
    def __init__(self, journal: Journal) -> None:
        self.users: dict[int, User] = {}
        self.by_name: dict[str, int] = {}
        self.todos: dict[int, Todo] = {}
        self.per_user: dict[int, list[int]] = {}
        self.tokens: dict[str, int] = {}
        self.next_user = 1
        self.next_todo = 1
        self.journal = journal

    # ---- load ----
    def load(self) -> int:
        n = 0
        for op, rec in self.journal.replay():
            if op == "u":
                self._put_user(User(rec[0], rec[1], bytes.fromhex(rec[2]), bytes.fromhex(rec[3])))
            elif op == "t":
                self._put_todo(Todo(rec[0], rec[1], rec[2], rec[3], rec[4], rec[5]))
            elif op == "d":
                self._del_todo(rec[0])
            n += 1
        return n

    # ---- users ----
    def _put_user(self, u: User) -> None:
        self.users[u.id] = u
        self.by_name[u.name] = u.id
        self.per_user.setdefault(u.id, [])
        if u.id >= self.next_user:
            self.next_user = u.id + 1

    def add_user(self, name: str, salt: bytes, pw_hash: bytes) -> User:
        u = User(self.next_user, name, salt, pw_hash)
        self._put_user(u)
        self.journal.append("u", [u.id, u.name, salt.hex(), pw_hash.hex()])
        return u

    def user_by_name(self, name: str) -> Optional[User]:
        uid = self.by_name.get(name)
        return None if uid is None else self.users[uid]

    # ---- todos ----
    def _put_todo(self, t: Todo) -> None:
        if t.id not in self.todos:
            self.per_user.setdefault(t.owner, []).append(t.id)
        self.todos[t.id] = t
        if t.id >= self.next_todo:
            self.next_todo = t.id + 1

    def _del_todo(self, tid: int) -> None:
        t = self.todos.pop(tid, None)
        if t is not None:
            self.per_user[t.owner].remove(tid)

    def _log_todo(self, t: Todo) -> None:
        self.journal.append("t", [t.id, t.owner, t.title, t.description, t.done, t.created])

    def add_todo(self, owner: int, title, description, done: bool) -> Todo:
        t = Todo(self.next_todo, owner, title, description, done, time.time())
        self._put_todo(t)
        self._log_todo(t)
        return t

    def save_todo(self, t: Todo) -> None:
        self._log_todo(t)

    def get_todo(self, owner: int, tid: int) -> Optional[Todo]:
        t = self.todos.get(tid)
        if t is None or t.owner != owner:
            return None
        return t

    def delete_todo(self, t: Todo) -> None:
        self._del_todo(t.id)
        self.journal.append("d", [t.id])

    def page(self, owner: int, offset: int, limit: int) -> list[Todo]:
        ids = self.per_user.get(owner, [])
        return [self.todos[i] for i in ids[offset:offset + limit]]
