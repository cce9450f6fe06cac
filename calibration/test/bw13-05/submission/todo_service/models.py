from __future__ import annotations

from datetime import datetime, timezone

import peewee as pw

# Deferred: the path is supplied by create_app() so tests can point it elsewhere.
# Connections are thread-local (peewee's default), which matches FastAPI running
# our plain `def` endpoints in its threadpool.
db = pw.SqliteDatabase(None)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class BaseModel(pw.Model):
    class Meta:
        database = db


class User(BaseModel):
    username = pw.CharField(max_length=32, unique=True)
    password_hash = pw.CharField(max_length=60)
    created_at = pw.DateTimeField(default=utcnow)


class ApiKey(BaseModel):
    user = pw.ForeignKeyField(User, backref="api_keys", on_delete="CASCADE")
    digest = pw.CharField(max_length=64, unique=True)
    created_at = pw.DateTimeField(default=utcnow)
    expires_at = pw.DateTimeField(index=True)


class Todo(BaseModel):
    owner = pw.ForeignKeyField(User, backref="todos", on_delete="CASCADE", index=True)
    title = pw.CharField(max_length=200)
    description = pw.TextField(null=True)
    done = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)


MODELS: list[type[BaseModel]] = [User, ApiKey, Todo]
