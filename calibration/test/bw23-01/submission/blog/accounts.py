"""The Accounts context: users and their session tokens.

Public functions return plain values or tagged tuples, never raise for
expected outcomes. The web layer decides what an outcome means in HTTP.
"""

import base64
import binascii
import hashlib
import os
import secrets
from datetime import datetime, timedelta, timezone
from typing import Literal

import bcrypt
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from blog.schema import User, UserToken

SESSION_VALIDITY_DAYS = int(os.environ.get("SESSION_VALIDITY_DAYS", "60"))
_TOKEN_BYTES = 32

RegisterResult = tuple[Literal["ok"], User] | tuple[Literal["error"], Literal["username_taken"]]


def _hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def _valid_password(user: User, password: str) -> bool:
    return bcrypt.checkpw(password.encode(), user.hashed_password.encode())


# A hash to compare against when the user does not exist, so that a wrong
# username costs as much time as a wrong password (Bcrypt.no_user_verify/0).
_DUMMY_HASH = bcrypt.hashpw(b"no-user-verify", bcrypt.gensalt()).decode()


async def get_user_by_username(session: AsyncSession, username: str) -> User | None:
    return await session.scalar(select(User).where(User.username == username))


async def register_user(session: AsyncSession, username: str, password: str) -> RegisterResult:
    if await get_user_by_username(session, username) is not None:
        return ("error", "username_taken")

    user = User(username=username, hashed_password=_hash_password(password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        # Lost a race with a concurrent registration of the same name.
        await session.rollback()
        return ("error", "username_taken")
    return ("ok", user)


async def get_user_by_username_and_password(
    session: AsyncSession, username: str, password: str
) -> User | None:
    user = await get_user_by_username(session, username)
    match user:
        case User() if _valid_password(user, password):
            return user
        case User():
            return None
        case None:
            bcrypt.checkpw(password.encode(), _DUMMY_HASH.encode())
            return None


def _digest(raw: bytes) -> bytes:
    return hashlib.sha256(raw).digest()


async def generate_user_session_token(session: AsyncSession, user: User) -> str:
    """Store the hash of a fresh random token; hand the raw token to the caller once."""
    raw = secrets.token_bytes(_TOKEN_BYTES)
    session.add(UserToken(user_id=user.id, token_hash=_digest(raw), context="session"))
    await session.commit()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str) -> bytes | None:
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == _TOKEN_BYTES else None


async def get_user_by_session_token(session: AsyncSession, token: str) -> User | None:
    match _decode_token(token):
        case None:
            return None
        case raw:
            valid_after = datetime.now(timezone.utc) - timedelta(days=SESSION_VALIDITY_DAYS)
            query = (
                select(User)
                .join(UserToken, UserToken.user_id == User.id)
                .where(
                    UserToken.token_hash == _digest(raw),
                    UserToken.context == "session",
                    UserToken.inserted_at > valid_after,
                )
            )
            return await session.scalar(query)
