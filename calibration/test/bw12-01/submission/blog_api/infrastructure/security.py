from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

from blog_api.contracts.dtos import TokenDto
from blog_api.settings import AppSettings


class PasswordHasher:
    def __init__(self, rounds: int) -> None:
        self._rounds = rounds

    def hash(self, password: str) -> str:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(self._rounds)).decode("ascii")

    def verify(self, password: str, password_hash: str) -> bool:
        try:
            return bcrypt.checkpw(password.encode("utf-8"), password_hash.encode("ascii"))
        except ValueError:
            return False


class TokenService:
    def __init__(self, settings: AppSettings) -> None:
        self._secret = settings.jwt_secret
        self._algorithm = settings.jwt_algorithm
        self._lifetime = timedelta(minutes=settings.jwt_lifetime_minutes)

    def issue(self, user_id: int) -> TokenDto:
        now = datetime.now(timezone.utc)
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._lifetime}
        token = jwt.encode(claims, self._secret, algorithm=self._algorithm)
        return TokenDto(access_token=token, expires_in=int(self._lifetime.total_seconds()))

    def read_user_id(self, token: str) -> int | None:
        try:
            claims = jwt.decode(
                token, self._secret, algorithms=[self._algorithm], options={"require": ["exp", "sub"]}
            )
            return int(claims["sub"])
        except (jwt.InvalidTokenError, ValueError):
            return None
