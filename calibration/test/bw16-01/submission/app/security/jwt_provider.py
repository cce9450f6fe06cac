from datetime import datetime, timedelta, timezone

import jwt

from app.config import get_properties
from app.exception.exceptions import AuthenticationException


class JwtTokenProvider:
    def __init__(self) -> None:
        properties = get_properties()
        self._secret = properties.jwt_secret
        self._algorithm = properties.jwt_algorithm
        self._expiration = timedelta(minutes=properties.jwt_expiration_minutes)

    @property
    def expiration_seconds(self) -> int:
        return int(self._expiration.total_seconds())

    def create_token(self, user_id: int, username: str) -> str:
        now = datetime.now(timezone.utc)
        claims = {"sub": str(user_id), "username": username, "iat": now, "exp": now + self._expiration}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_user_id(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
            return int(claims["sub"])
        except (jwt.PyJWTError, KeyError, ValueError) as ex:
            raise AuthenticationException("Invalid or expired token") from ex
