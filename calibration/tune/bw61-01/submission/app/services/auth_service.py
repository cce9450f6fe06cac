from datetime import datetime, timedelta, timezone

import jwt
from passlib.context import CryptContext
from sqlalchemy.exc import IntegrityError

from app.config import Settings
from app.models import User
from app.repositories.user_repository import UserRepository

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


class UsernameTaken(Exception):
    pass


class AuthService:
    def __init__(self, users: UserRepository, settings: Settings) -> None:
        self.users = users
        self.settings = settings

    async def register(self, username: str, password: str) -> User:
        if await self.users.find_by_username(username) is not None:
            raise UsernameTaken(username)

        hashed = pwd_context.hash(password)
        try:
            return await self.users.create(username, hashed)
        except IntegrityError as exc:  # two sign-ups racing for the same name
            raise UsernameTaken(username) from exc

    async def attempt(self, username: str, password: str) -> str | None:
        """Same idea as Auth::attempt(): returns a token or None."""
        user = await self.users.find_by_username(username)
        if user is None or not pwd_context.verify(password, user.password):
            return None
        return self.issue_token(user)

    def issue_token(self, user: User) -> str:
        expires = datetime.now(timezone.utc) + timedelta(
            minutes=self.settings.access_token_expire_minutes
        )
        return jwt.encode(
            {"sub": str(user.id), "exp": expires},
            self.settings.app_key,
            algorithm=self.settings.jwt_algorithm,
        )

    async def user_from_token(self, token: str) -> User | None:
        try:
            payload = jwt.decode(
                token, self.settings.app_key, algorithms=[self.settings.jwt_algorithm]
            )
            user_id = int(payload["sub"])
        except (jwt.PyJWTError, KeyError, ValueError):
            return None
        return await self.users.find(user_id)
