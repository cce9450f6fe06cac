"""Accounts context: users, passwords, session tokens."""

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog.models import User

_hasher = PasswordHasher()
# Hash of a random string, checked when the username is unknown so that both
# branches of authenticate/3 cost the same.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

TOKEN_SALT = "user auth"
TOKEN_MAX_AGE = 60 * 60 * 24  # one day, in seconds


def _verify(hashed, password):
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


async def register_user(session, attrs):
    hashed = await asyncio.to_thread(_hasher.hash, attrs["password"])
    user = User(username=attrs["username"], hashed_password=hashed)
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        return ("error", "username_taken")
    return ("ok", user)


async def authenticate(session, username, password):
    user = await session.scalar(select(User).where(User.username == username))
    match user:
        case None:
            await asyncio.to_thread(_verify, _DUMMY_HASH, password)
            return ("error", "invalid_credentials")
        case User(hashed_password=hashed):
            if await asyncio.to_thread(_verify, hashed, password):
                return ("ok", user)
            return ("error", "invalid_credentials")


def sign_token(secret_key_base, user):
    return URLSafeTimedSerializer(secret_key_base, salt=TOKEN_SALT).dumps(user.id)


async def fetch_user_by_token(session, secret_key_base, token):
    serializer = URLSafeTimedSerializer(secret_key_base, salt=TOKEN_SALT)
    try:
        user_id = serializer.loads(token, max_age=TOKEN_MAX_AGE)
    except SignatureExpired:
        return ("error", "expired")
    except BadSignature:
        return ("error", "invalid_token")

    match await session.get(User, user_id):
        case None:
            return ("error", "invalid_token")
        case user:
            return ("ok", user)
