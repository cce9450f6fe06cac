import os
import sqlite3
import sys


def connect(path):
    # Handlers run both on the event loop and in the threadpool, so the
    # per-request connection can't be pinned to the thread that opened it.
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def init_db(path):
    """Clear the existing data and create new tables."""
    conn = connect(path)
    with open(os.path.join(os.path.dirname(__file__), "schema.sql")) as f:
        conn.executescript(f.read())
    conn.close()


if __name__ == "__main__":
    # python -m blog.db [path]
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("DATABASE", "blog.sqlite")
    init_db(target)
    print(f"Initialized the database at {target}.")
