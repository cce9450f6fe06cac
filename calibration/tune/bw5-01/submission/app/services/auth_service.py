from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.security import create_access_token, hash_password, verify_password
from app.models.user import User
from app.repositories.users import UserRepository
from app.services.errors import InvalidCredentialsError, UsernameTakenError


class AuthService:
    def __init__(self, session: AsyncSession, users: UserRepository, settings: Settings) -> None:
        self._session = session
        self._users = users
        self._settings = settings

    async def register(self, username: str, password: str) -> User:
        if await self._users.get_by_username(username) is not None:
            raise UsernameTakenError(username)
        password_hash = await hash_password(password)
        try:
            user = await self._users.add(username, password_hash)
            await self._session.commit()
        except IntegrityError as exc:  # lost a race with a concurrent sign-up
            await self._session.rollback()
            raise UsernameTakenError(username) from exc
        return user

    async def login(self, username: str, password: str) -> str:
        user = await self._users.get_by_username(username)
        ok = await verify_password(password, user.password_hash if user else None)
        if user is None or not ok:
            raise InvalidCredentialsError()
        return create_access_token(str(user.id), self._settings)
