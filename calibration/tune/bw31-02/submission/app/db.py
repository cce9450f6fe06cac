import aiosqlite

from app.config import config

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    username TEXT UNIQUE NOT NULL,
    passwordHash TEXT NOT NULL,
    createdAt TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS todos (
    id TEXT PRIMARY KEY,
    userId TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT,
    completed INTEGER NOT NULL DEFAULT 0,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
);
"""


async def initDb():
    async with aiosqlite.connect(config["dbPath"]) as db:
        await db.executescript(SCHEMA)
        await db.commit()


async def getDb():
    db = await aiosqlite.connect(config["dbPath"])
    db.row_factory = aiosqlite.Row
    try:
        yield db
    finally:
        await db.close()
