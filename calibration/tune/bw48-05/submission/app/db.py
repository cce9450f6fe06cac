"""Connection handling and schema bootstrap.

Production runs on PostgreSQL (asyncpg). The same SQL also runs on SQLite
(aiosqlite), which the test-suite uses by default so it needs no server.
Only the DDL differs between the two.
"""
from databases import Database

from app.config import get_settings

database = Database(get_settings().database_url)

_POSTGRES_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS users (
        id            BIGSERIAL PRIMARY KEY,
        username      VARCHAR(50) NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at    TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS todos (
        id          BIGSERIAL PRIMARY KEY,
        owner_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title       VARCHAR(200) NOT NULL,
        description TEXT,
        done        BOOLEAN NOT NULL DEFAULT FALSE,
        created_at  TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
        updated_at  TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
    """,
    "CREATE INDEX IF NOT EXISTS ix_todos_owner_id_id ON todos (owner_id, id)",
)

_SQLITE_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS users (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        username      VARCHAR(50) NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS todos (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title       VARCHAR(200) NOT NULL,
        description TEXT,
        done        BOOLEAN NOT NULL DEFAULT FALSE,
        created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
        updated_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
    """,
    "CREATE INDEX IF NOT EXISTS ix_todos_owner_id_id ON todos (owner_id, id)",
)


async def init_schema() -> None:
    """Create tables if they are missing (idempotent; no migration tool for a service this size)."""
    statements = _POSTGRES_SCHEMA if database.url.dialect == "postgresql" else _SQLITE_SCHEMA
    for statement in statements:
        await database.execute(statement)
