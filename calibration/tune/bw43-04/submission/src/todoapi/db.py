from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("schema.sql")

# INSERT/UPDATE ... RETURNING appeared in SQLite 3.35.0 (2021-03).
MIN_SQLITE_VERSION = (3, 35, 0)


def connect(path: str) -> sqlite3.Connection:
    """Open a connection in autocommit mode with foreign keys enforced.

    ``isolation_level=None`` stops the sqlite3 module from opening implicit transactions;
    transactions are explicit (see :func:`transaction`). ``check_same_thread=False`` is
    needed because FastAPI may run a sync dependency and the sync endpoint that uses it on
    different threadpool workers; a connection still belongs to exactly one request.
    """
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def init_schema(path: str) -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE_VERSION:
        raise RuntimeError(
            f"SQLite >= {'.'.join(map(str, MIN_SQLITE_VERSION))} required, "
            f"found {sqlite3.sqlite_version}"
        )
    conn = connect(path)
    try:
        # WAL lets readers proceed while a writer holds the lock; persistent per database.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA_PATH.read_text(encoding="utf-8"))
    finally:
        conn.close()


@contextmanager
def transaction(conn: sqlite3.Connection, *, write: bool = False) -> Iterator[sqlite3.Connection]:
    """Run a block in one transaction.

    Writers use BEGIN IMMEDIATE so the RESERVED lock is taken up front: a deferred
    transaction that later upgrades from SHARED can fail with SQLITE_BUSY without the
    busy handler being consulted. Readers use BEGIN DEFERRED, which gives the COUNT and
    the page query the same snapshot.
    """
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
