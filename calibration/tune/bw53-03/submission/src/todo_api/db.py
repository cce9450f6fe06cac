"""Database handle and schema bootstrap.

There is no Alembic here on purpose: two tables do not justify a migration
framework for a take-home. The DDL is idempotent (``IF NOT EXISTS``) and runs on
startup. MySQL is the target; the SQLite variant exists so the test-suite runs
without a server.
"""
from typing import Final

from databases import Database

_MYSQL_DDL: Final = (
    """
    CREATE TABLE IF NOT EXISTS users (
        id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        username      VARCHAR(50)     NOT NULL,
        password_hash VARCHAR(100)    NOT NULL,
        created_at    DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
        PRIMARY KEY (id),
        UNIQUE KEY uq_users_username (username)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
    """,
    """
    CREATE TABLE IF NOT EXISTS todos (
        id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        owner_id    BIGINT UNSIGNED NOT NULL,
        title       VARCHAR(200)    NOT NULL,
        description TEXT            NULL,
        done        BOOLEAN         NOT NULL DEFAULT FALSE,
        created_at  DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
        PRIMARY KEY (id),
        KEY ix_todos_owner_created (owner_id, created_at, id),
        KEY ix_todos_owner_title (owner_id, title),
        CONSTRAINT fk_todos_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
    """,
)

_SQLITE_DDL: Final = (
    """
    CREATE TABLE IF NOT EXISTS users (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        username      VARCHAR(50)  NOT NULL UNIQUE,
        password_hash VARCHAR(100) NOT NULL,
        created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS todos (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        owner_id    INTEGER      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title       VARCHAR(200) NOT NULL,
        description TEXT,
        done        BOOLEAN      NOT NULL DEFAULT 0,
        created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
    """,
    "CREATE INDEX IF NOT EXISTS ix_todos_owner_created ON todos (owner_id, created_at, id)",
    "CREATE INDEX IF NOT EXISTS ix_todos_owner_title ON todos (owner_id, title)",
)

_DDL_BY_DIALECT: Final = {"mysql": _MYSQL_DDL, "sqlite": _SQLITE_DDL}


async def create_schema(db: Database) -> None:
    dialect = db.url.dialect
    try:
        statements = _DDL_BY_DIALECT[dialect]
    except KeyError:
        raise RuntimeError(f"Unsupported database dialect: {dialect!r}") from None
    for statement in statements:
        await db.execute(statement)
