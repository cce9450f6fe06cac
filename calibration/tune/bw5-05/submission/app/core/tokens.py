from datetime import datetime, timedelta, timezone
from typing import Protocol

from jose import JWTError, jwt


class TokenError(Exception):
    pass


class TokenIssuer(Protocol):
    def issue(self, user_id: int) -> str: ...

    def subject(self, token: str) -> int: ...


class JwtTokenIssuer:
    def __init__(self, secret: str, algorithm: str, ttl: timedelta) -> None:
        self._secret = secret
        self._algorithm = algorithm
        self._ttl = ttl

    def issue(self, user_id: int) -> str:
        expires = datetime.now(timezone.utc) + self._ttl
        return jwt.encode(
            {"sub": str(user_id), "exp": expires}, self._secret, algorithm=self._algorithm
        )

    def subject(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
            return int(claims["sub"])
        except (JWTError, KeyError, ValueError) as exc:
            raise TokenError("invalid token") from exc
