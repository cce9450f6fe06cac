from datetime import datetime, timedelta, timezone

import jwt

from blogapi.config.settings import ApplicationSettings


class JwtTokenProvider:
    def __init__(self, settings: ApplicationSettings) -> None:
        self._secret = settings.jwt_secret
        self._algorithm = settings.jwt_algorithm
        self._expiration = timedelta(minutes=settings.jwt_expiration_minutes)

    @property
    def expiration_seconds(self) -> int:
        return int(self._expiration.total_seconds())

    def generate_token(self, username: str) -> str:
        issued_at = datetime.now(timezone.utc)
        claims = {"sub": username, "iat": issued_at, "exp": issued_at + self._expiration}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_username_from_token(self, token: str) -> str | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
        except jwt.PyJWTError:
            return None
        subject = claims.get("sub")
        return subject if isinstance(subject, str) else None
