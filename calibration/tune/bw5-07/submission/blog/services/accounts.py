from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blog.persistence.tables import UserRecord
from blog.security import tokens
from blog.security.passwords import hash_password, verify_password
from blog.services.errors import AuthenticationError, ConflictError
from blog.services.principal import Principal
from blog.settings import Settings


class AccountService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self._session = session
        self._settings = settings

    async def sign_up(self, username: str, password: str) -> UserRecord:
        user = UserRecord(username=username, password_hash=await hash_password(password))
        self._session.add(user)
        try:
            await self._session.commit()
        except IntegrityError:
            await self._session.rollback()
            raise ConflictError("username already taken") from None
        return user

    async def issue_token(self, username: str, password: str) -> str:
        user = await self._session.scalar(select(UserRecord).where(UserRecord.username == username))
        if user is None or not await verify_password(user.password_hash, password):
            raise AuthenticationError("incorrect username or password")
        return tokens.encode(user.id, self._settings.jwt_secret, self._settings.jwt_ttl_seconds)

    async def principal_from_token(self, token: str) -> Principal:
        try:
            user_id = tokens.decode(token, self._settings.jwt_secret)
        except tokens.InvalidToken:
            raise AuthenticationError("invalid or expired token") from None
        user = await self._session.scalar(
            select(UserRecord).options(selectinload(UserRecord.posts)).where(UserRecord.id == user_id)
        )
        if user is None:
            raise AuthenticationError("invalid or expired token")
        return Principal(
            user_id=user.id,
            username=user.username,
            owned_post_ids=frozenset(post.id for post in user.posts),
        )
