"""Use cases. These compose db + security and speak only in Result values."""

import aiosqlite

from . import db
from .config import Settings
from .domain import LoginError, Password, RegisterError, TokenError, User, UserId, Username
from .result import Err, Ok, Result
from .security import DUMMY_HASH, decode_token, hash_password, verify_password


async def register(
    conn: aiosqlite.Connection, username: Username, password: Password
) -> Result[User, RegisterError]:
    if await db.find_user_by_username(conn, username) is not None:
        return Err(RegisterError.USERNAME_TAKEN)

    password_hash = await hash_password(password)
    match await db.insert_user(conn, username, password_hash):
        case Ok(user_id):
            return Ok(User(id=user_id, username=username, password_hash=password_hash))
        case Err(error):
            return Err(error)


async def authenticate(
    conn: aiosqlite.Connection, username: Username, password: Password
) -> Result[UserId, LoginError]:
    user = await db.find_user_by_username(conn, username)
    if user is None:
        await verify_password(DUMMY_HASH, password)
        return Err(LoginError.INVALID_CREDENTIALS)
    if not await verify_password(user.password_hash, password):
        return Err(LoginError.INVALID_CREDENTIALS)
    return Ok(user.id)


async def resolve_token(
    conn: aiosqlite.Connection, settings: Settings, token: str
) -> Result[UserId, TokenError]:
    match decode_token(token, settings):
        case Err(error):
            return Err(error)
        case Ok(user_id):
            if await db.get_user(conn, user_id) is None:
                return Err(TokenError.UNKNOWN_USER)
            return Ok(user_id)
