"""The Accounts context: registration, authentication and tokens."""
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from blog_api.accounts import password, token
from blog_api.accounts.user import User
from blog_api.config import get_settings
from blog_api.result import Err, InvalidCredentials, InvalidToken, Ok, Result, UsernameTaken

__all__ = ["User", "register", "authenticate", "issue_token", "token_ttl_seconds", "user_from_token"]


async def register(
    session: AsyncSession, *, username: str, plain_password: str
) -> Result[User, UsernameTaken]:
    user = User(username=username, password_hash=await password.hash_password(plain_password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        # the unique index is the source of truth, no check-then-insert race
        await session.rollback()
        return Err("username_taken")
    return Ok(user)


async def authenticate(
    session: AsyncSession, *, username: str, plain_password: str
) -> Result[User, InvalidCredentials]:
    user = await session.scalar(select(User).where(User.username == username))
    match user:
        case None:
            await password.simulate_verify()
            return Err("invalid_credentials")
        case User() if await password.verify_password(plain_password, user.password_hash):
            return Ok(user)
        case _:
            return Err("invalid_credentials")


def issue_token(user: User) -> str:
    return token.sign(user.id)


def token_ttl_seconds() -> int:
    return get_settings().token_ttl_minutes * 60


async def user_from_token(session: AsyncSession, raw_token: str) -> Result[User, InvalidToken]:
    match token.verify(raw_token):
        case Ok(user_id):
            user = await session.get(User, user_id)
            return Ok(user) if user is not None else Err("invalid_token")
        case Err() as error:
            return error
