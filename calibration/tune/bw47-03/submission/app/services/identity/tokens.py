from datetime import datetime, timedelta, timezone

import jwt

_ALGORITHM = "HS256"


class TokenIssuer:
    def __init__(self, secret: str, ttl: timedelta) -> None:
        self._secret = secret
        self._ttl = ttl

    def issue(self, user_id: int) -> str:
        now = datetime.now(timezone.utc)
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def subject(self, token: str) -> int | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM])
            return int(claims["sub"])
        except (jwt.PyJWTError, KeyError, ValueError):
            return None
