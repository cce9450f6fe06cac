from datetime import UTC, datetime, timedelta
from typing import Annotated

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import Depends
from starlette.concurrency import run_in_threadpool

from todo_api.common.exceptions import UnauthorizedError
from todo_api.config import Settings, get_settings
from todo_api.users.entities import User
from todo_api.users.repository import UsersRepositoryDep

_hasher = PasswordHasher()  # argon2id, library defaults
# Verified against when the username does not exist, so both paths cost one argon2 run.
_DUMMY_HASH = _hasher.hash("timing-equaliser")


class AuthService:
    def __init__(self, users: UsersRepositoryDep, settings: Annotated[Settings, Depends(get_settings)]) -> None:
        self._users = users
        self._settings = settings

    async def sign_up(self, username: str, password: str) -> User:
        password_hash = await run_in_threadpool(_hasher.hash, password)
        return await self._users.create(username, password_hash)

    async def authenticate(self, username: str, password: str) -> User:
        user = await self._users.find_by_username(username)
        stored = user.password_hash if user is not None else _DUMMY_HASH
        if not await run_in_threadpool(self._verify, stored, password) or user is None:
            raise UnauthorizedError("Incorrect username or password")
        return user

    def issue_token(self, user: User) -> tuple[str, int]:
        ttl = self._settings.access_token_ttl_seconds
        now = datetime.now(UTC)
        payload = {"sub": str(user.id), "iat": now, "exp": now + timedelta(seconds=ttl)}
        token = jwt.encode(payload, self._settings.jwt_secret.get_secret_value(), self._settings.jwt_algorithm)
        return token, ttl

    async def user_from_token(self, token: str) -> User:
        try:
            payload = jwt.decode(
                token,
                self._settings.jwt_secret.get_secret_value(),
                algorithms=[self._settings.jwt_algorithm],
                options={"require": ["sub", "exp"]},
            )
            user_id = int(payload["sub"])
        except (jwt.InvalidTokenError, ValueError) as exc:
            raise UnauthorizedError("Invalid or expired token") from exc
        user = await self._users.find_by_id(user_id)
        if user is None:
            raise UnauthorizedError("Invalid or expired token")
        return user

    @staticmethod
    def _verify(stored_hash: str, password: str) -> bool:
        try:
            return _hasher.verify(stored_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return False


AuthServiceDep = Annotated[AuthService, Depends(AuthService)]
