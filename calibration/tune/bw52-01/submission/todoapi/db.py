import threading

import psycopg
from psycopg.rows import dict_row

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS todos (
    id          BIGSERIAL PRIMARY KEY,
    owner_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT,
    done        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS todos_owner_id_id_idx ON todos (owner_id, id);
"""


class DB:
    """One connection, guarded by a mutex.

    Handlers are plain `def`, so FastAPI runs them on its worker threads; the
    mutex makes sure only one of them talks to the connection at a time.
    """

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        self.mu = threading.Lock()

    def migrate(self) -> None:
        with self.mu:
            self.conn.execute(SCHEMA)

    def ping(self) -> bool:
        with self.mu:
            try:
                self.conn.execute("SELECT 1")
            except psycopg.Error:
                return False
        return True

    def close(self) -> None:
        with self.mu:
            self.conn.close()
