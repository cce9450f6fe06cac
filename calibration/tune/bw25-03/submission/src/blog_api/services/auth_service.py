from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

from blog_api.dtos.dtos import RegisterUserRequest, TokenResponse
from blog_api.entities.models import User
from blog_api.exceptions import ConflictException, UnauthorizedException
from blog_api.repositories.repositories import IUserRepository
from blog_api.settings import AppSettings


class AuthService:
    def __init__(self, users: IUserRepository, settings: AppSettings) -> None:
        self._users = users
        self._settings = settings

    async def register_async(self, request: RegisterUserRequest) -> User:
        if await self._users.get_by_user_name(request.username) is not None:
            raise ConflictException("Username is already taken.")
        password_hash = bcrypt.hashpw(request.password.encode("utf-8"), bcrypt.gensalt())
        user = User(user_name=request.username, password_hash=password_hash.decode("utf-8"))
        return await self._users.add(user)

    async def login_async(self, username: str, password: str) -> TokenResponse:
        user = await self._users.get_by_user_name(username)
        if user is None or not bcrypt.checkpw(
            password.encode("utf-8"), user.password_hash.encode("utf-8")
        ):
            raise UnauthorizedException("Invalid username or password.")
        return TokenResponse(access_token=self.create_token(user))

    def create_token(self, user: User) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": str(user.id),
            "name": user.user_name,
            "iss": self._settings.jwt_issuer,
            "iat": now,
            "exp": now + timedelta(minutes=self._settings.jwt_lifetime_minutes),
        }
        return jwt.encode(claims, self._settings.jwt_signing_key, algorithm="HS256")

    def read_user_id(self, token: str) -> int:
        try:
            claims = jwt.decode(
                token,
                self._settings.jwt_signing_key,
                algorithms=["HS256"],
                issuer=self._settings.jwt_issuer,
            )
            return int(claims["sub"])
        except (jwt.PyJWTError, KeyError, ValueError) as ex:
            raise UnauthorizedException("Invalid or expired token.") from ex
