"""Issues and validates JSON Web Tokens."""
from datetime import datetime, timedelta, timezone

import jwt

from app.config.settings import ApplicationProperties
from app.exceptions.exceptions import InvalidTokenException


class JwtTokenProvider:
    def __init__(self, properties: ApplicationProperties) -> None:
        self._secret = properties.jwt_secret
        self._algorithm = properties.jwt_algorithm
        self._expiration = timedelta(minutes=properties.jwt_expiration_minutes)

    def generate_token(self, username: str) -> str:
        issued_at = datetime.now(timezone.utc)
        claims = {"sub": username, "iat": issued_at, "exp": issued_at + self._expiration}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_username_from_token(self, token: str) -> str:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
        except jwt.ExpiredSignatureError as exc:
            raise InvalidTokenException("JWT token has expired") from exc
        except jwt.PyJWTError as exc:
            raise InvalidTokenException("Invalid JWT token") from exc
        subject = claims.get("sub")
        if not isinstance(subject, str):
            raise InvalidTokenException("JWT token has no subject")
        return subject
