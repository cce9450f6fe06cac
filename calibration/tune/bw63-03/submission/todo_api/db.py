"""PostgreSQL access through a psycopg2 thread-safe pool."""
import os
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg2
import psycopg2.extensions
import psycopg2.extras
from psycopg2.pool import ThreadedConnectionPool

_pool: ThreadedConnectionPool | None = None

SQL_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sql")


def init_pool(dsn: str, minconn: int = 1, maxconn: int = 10) -> None:
    global _pool
    if _pool is not None:
        return
    if minconn < 1 or maxconn < minconn:
        raise ValueError("bad pool size")
    _pool = ThreadedConnectionPool(
        minconn, maxconn, dsn, cursor_factory=psycopg2.extras.RealDictCursor
    )


def close_pool() -> None:
    global _pool
    if _pool is None:
        return
    _pool.closeall()
    _pool = None


@contextmanager
def connection() -> Iterator[psycopg2.extensions.connection]:
    """Borrow a connection. Commit on success, roll back on any error, always return it."""
    if _pool is None:
        raise RuntimeError("connection pool not initialised")
    conn = _pool.getconn()
    try:
        yield conn
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        _pool.putconn(conn)


def get_db() -> Iterator[psycopg2.extensions.connection]:
    """FastAPI dependency."""
    with connection() as conn:
        yield conn


def apply_migrations() -> None:
    files = sorted(f for f in os.listdir(SQL_DIR) if f.endswith(".sql"))
    with connection() as conn:
        with conn.cursor() as cur:
            for name in files:
                with open(os.path.join(SQL_DIR, name), "r", encoding="utf-8") as fh:
                    cur.execute(fh.read())
