from datetime import datetime, timedelta, timezone

from jose import JWTError, jwt
from passlib.context import CryptContext

from blog.config.settings import ApplicationProperties


class PasswordEncoder:
    """Same idea as Spring Security's BCryptPasswordEncoder."""

    def __init__(self) -> None:
        self._context = CryptContext(schemes=["bcrypt"], deprecated="auto")

    def encode(self, raw_password: str) -> str:
        return self._context.hash(raw_password)

    def matches(self, raw_password: str, encoded_password: str) -> bool:
        return self._context.verify(raw_password, encoded_password)


class JwtTokenProvider:
    def __init__(self, properties: ApplicationProperties) -> None:
        self._secret = properties.jwt_secret
        self._algorithm = properties.jwt_algorithm
        self._expiration = timedelta(minutes=properties.jwt_expiration_minutes)

    def generate_token(self, username: str) -> str:
        now = datetime.now(timezone.utc)
        claims = {"sub": username, "iat": now, "exp": now + self._expiration}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_username(self, token: str) -> str | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
        except JWTError:
            return None
        subject = claims.get("sub")
        return subject if isinstance(subject, str) else None


password_encoder = PasswordEncoder()
