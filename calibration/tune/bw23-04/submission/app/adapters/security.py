from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

from app.ports import Clock

_ALGORITHM = "HS256"


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class BcryptHasher:
    def __init__(self, rounds: int = 12) -> None:
        self._rounds = rounds

    def hash(self, password: str) -> str:
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(self._rounds)).decode()

    def verify(self, password: str, password_hash: str) -> bool:
        return bcrypt.checkpw(password.encode(), password_hash.encode())


class JwtTokens:
    """Issues and reads HS256 access tokens. Expiry is checked against the injected clock."""

    def __init__(self, secret: str, ttl: timedelta, clock: Clock) -> None:
        self._secret = secret
        self._ttl = ttl
        self._clock = clock

    def issue(self, user_id: int) -> str:
        now = self._clock.now()
        claims = {"sub": str(user_id), "iat": int(now.timestamp()), "exp": int((now + self._ttl).timestamp())}
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def user_id_from(self, token: str) -> int | None:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                options={"require": ["sub", "exp"], "verify_exp": False},
            )
        except jwt.InvalidTokenError:
            return None
        if claims["exp"] <= self._clock.now().timestamp():
            return None
        return _int_or_none(claims["sub"])


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None
