import os
import sqlite3
from pathlib import Path

DB_PATH = os.environ.get("TODO_DB_PATH", "todo.db")
SCHEMA_FILE = Path(__file__).parent / "sql" / "schema.sql"

conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row
conn.execute("PRAGMA foreign_keys = ON")


def init_db():
    with open(SCHEMA_FILE) as f:
        conn.executescript(f.read())
    conn.commit()


def fetch_one(sql, params=()):
    row = conn.execute(sql, params).fetchone()
    return dict(row) if row else None


def execute(sql, params=()):
    cur = conn.execute(sql, params)
    conn.commit()
    return cur.lastrowid
