import aiosqlite

from src import config

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT
);

CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""

_conn = None


async def connect():
    global _conn
    _conn = await aiosqlite.connect(config.DB_PATH)
    _conn.row_factory = aiosqlite.Row
    await _conn.executescript(SCHEMA)
    await _conn.commit()
    print(f"📦 connected to sqlite at {config.DB_PATH}")


async def disconnect():
    if _conn is not None:
        await _conn.close()


def get_db():
    return _conn


async def find_one(sql, params=()):
    async with _conn.execute(sql, params) as cursor:
        row = await cursor.fetchone()
        return dict(row) if row else None


async def find_all(sql, params=()):
    rows = await _conn.execute_fetchall(sql, params)
    return [dict(r) for r in rows]


async def run(sql, params=()):
    cursor = await _conn.execute(sql, params)
    await _conn.commit()
    return cursor.lastrowid
