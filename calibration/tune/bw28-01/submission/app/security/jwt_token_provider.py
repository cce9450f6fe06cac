from datetime import datetime, timedelta, timezone

from jose import JWTError, jwt

from app.config.settings import ApplicationSettings


class JwtTokenProvider:
    def __init__(self, settings: ApplicationSettings) -> None:
        self._secret = settings.jwt_secret_key
        self._algorithm = settings.jwt_algorithm
        self._validity = timedelta(minutes=settings.jwt_expiration_minutes)

    @property
    def validity_seconds(self) -> int:
        return int(self._validity.total_seconds())

    def create_token(self, user_id: int, username: str) -> str:
        now = datetime.now(timezone.utc)
        claims = {"sub": str(user_id), "username": username, "iat": now, "exp": now + self._validity}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_user_id(self, token: str) -> int | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
            subject = claims.get("sub")
            return int(subject) if subject is not None else None
        except (JWTError, ValueError):
            return None
