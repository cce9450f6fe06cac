"""peewee models and database handle.

The database is deferred (``SqliteDatabase(None)``) and bound in the app's
lifespan, so tests can point it at a temporary file.

peewee keeps one connection per thread. The route handlers are plain ``def``
functions, which FastAPI runs in its worker threadpool, so each worker thread
lazily opens (``autoconnect``) and reuses its own SQLite connection. WAL mode
and a busy timeout let those connections read concurrently and queue writes.
"""

from datetime import UTC, datetime

import peewee as pw

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
}

database = pw.SqliteDatabase(None)


def utcnow() -> datetime:
    """Naive UTC timestamp (SQLite has no time zone type; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = database


class User(BaseModel):
    username = pw.CharField(max_length=32, unique=True)
    password_hash = pw.CharField(max_length=255)
    created_at = pw.DateTimeField(default=utcnow)


class Todo(BaseModel):
    owner = pw.ForeignKeyField(User, backref="todos", on_delete="CASCADE")
    title = pw.CharField(max_length=200)
    description = pw.TextField(null=True)
    done = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)

    class Meta:
        # Every query is "this owner's todos, in id order": one composite index serves
        # ownership checks, offset pages and keyset (cursor) pages.
        indexes = ((("owner", "id"), False),)


MODELS: list[type[BaseModel]] = [User, Todo]


def init_database(path: str) -> None:
    database.init(path, pragmas=PRAGMAS)
    with database.connection_context():
        database.create_tables(MODELS, safe=True)
