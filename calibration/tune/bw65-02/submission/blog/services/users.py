"""User data access. Functions return plain dicts (or None), routes turn them into models."""
from typing import Any

import aiosqlite

UserRow = dict[str, Any]


async def get_by_username(db: aiosqlite.Connection, username: str) -> UserRow | None:
    cursor = await db.execute(
        "SELECT id, username, password_hash, created_at FROM users WHERE username = ?",
        (username,),
    )
    row = await cursor.fetchone()
    return dict(row) if row else None


async def get_by_id(db: aiosqlite.Connection, user_id: int) -> UserRow | None:
    cursor = await db.execute(
        "SELECT id, username, created_at FROM users WHERE id = ?",
        (user_id,),
    )
    row = await cursor.fetchone()
    return dict(row) if row else None


async def create(db: aiosqlite.Connection, username: str, password_hash: str) -> UserRow | None:
    """Returns None when the username is already taken."""
    try:
        await db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, password_hash),
        )
        await db.commit()
    except aiosqlite.IntegrityError:
        return None
    return await get_by_username(db, username)
