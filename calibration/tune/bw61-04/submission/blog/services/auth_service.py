from datetime import datetime, timedelta, timezone

import jwt
from pwdlib import PasswordHash
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from blog.config import Settings
from blog.exceptions import Conflict, InvalidCredentials
from blog.http.requests import RegisterRequest
from blog.models import User
from blog.repositories.user_repository import UserRepository

ALGORITHM = "HS256"

password_hash = PasswordHash.recommended()  # argon2id

# Verified against when the username does not exist, so a failed login takes
# the same time either way and does not reveal which usernames are registered.
_DUMMY_HASH = password_hash.hash("not-a-real-password")


class AuthService:
    def __init__(self, users: UserRepository, settings: Settings) -> None:
        self.users = users
        self.settings = settings

    async def register(self, data: RegisterRequest) -> User:
        if await self.users.find_by_username(data.username) is not None:
            raise Conflict("The username has already been taken.")

        # argon2 is CPU-heavy on purpose: keep it off the event loop
        hashed = await run_in_threadpool(password_hash.hash, data.password)
        try:
            return await self.users.add(User(username=data.username, password_hash=hashed))
        except IntegrityError as exc:  # lost a race against a concurrent sign-up
            raise Conflict("The username has already been taken.") from exc

    async def login(self, username: str, password: str) -> str:
        user = await self.users.find_by_username(username)
        stored = user.password_hash if user is not None else _DUMMY_HASH
        valid = await run_in_threadpool(password_hash.verify, password, stored)
        if user is None or not valid:
            raise InvalidCredentials()
        return self._issue_token(user)

    async def user_for_token(self, token: str) -> User | None:
        try:
            payload = jwt.decode(
                token, self.settings.secret_key.get_secret_value(), algorithms=[ALGORITHM]
            )
            user_id = int(payload["sub"])
        except (jwt.PyJWTError, KeyError, ValueError):
            return None
        return await self.users.find(user_id)

    def _issue_token(self, user: User) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": str(user.id),
            "iat": now,
            "exp": now + timedelta(minutes=self.settings.access_token_ttl_minutes),
        }
        return jwt.encode(claims, self.settings.secret_key.get_secret_value(), algorithm=ALGORITHM)
