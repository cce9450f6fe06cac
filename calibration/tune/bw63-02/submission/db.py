import os

import psycopg2
import psycopg2.extensions
import psycopg2.extras

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://blog:blog@localhost:5432/blog")

# single connection, opened lazily, closed on shutdown
_conn: psycopg2.extensions.connection | None = None


def get_conn() -> psycopg2.extensions.connection:
    global _conn
    if _conn is None or _conn.closed != 0:
        _conn = psycopg2.connect(DATABASE_URL, cursor_factory=psycopg2.extras.RealDictCursor)
        _conn.autocommit = True
    return _conn


def close_conn() -> None:
    global _conn
    if _conn is not None and _conn.closed == 0:
        _conn.close()
    _conn = None


def init_schema() -> None:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schema.sql")
    with open(path, "r", encoding="utf-8") as f:
        sql = f.read()
    conn = get_conn()
    with conn.cursor() as cur:
        cur.execute(sql)
