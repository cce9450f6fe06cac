from typing import Any, Mapping

from app.db import database

UserRow = Mapping[str, Any]


async def create_user(username: str, password_hash: str) -> UserRow | None:
    """Insert a user; returns None when the username is already taken."""
    return await database.fetch_one(
        """
        INSERT INTO users (username, password_hash)
        VALUES (:username, :password_hash)
        ON CONFLICT (username) DO NOTHING
        RETURNING id, username, created_at
        """,
        {"username": username, "password_hash": password_hash},
    )


async def get_by_username(username: str) -> UserRow | None:
    return await database.fetch_one(
        "SELECT id, username, password_hash, created_at FROM users WHERE username = :username",
        {"username": username},
    )


async def get_by_id(user_id: int) -> UserRow | None:
    return await database.fetch_one(
        "SELECT id, username, created_at FROM users WHERE id = :id",
        {"id": user_id},
    )
