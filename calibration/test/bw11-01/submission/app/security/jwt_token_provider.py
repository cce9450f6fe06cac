from datetime import datetime, timedelta, timezone

import jwt

from app.config.settings import ApplicationProperties
from app.exception.exceptions import BadCredentialsException


class JwtTokenProvider:
    def __init__(self, properties: ApplicationProperties) -> None:
        self._secret = properties.jwt_secret
        self._algorithm = properties.jwt_algorithm
        self._expiration = timedelta(minutes=properties.jwt_expiration_minutes)

    def create_token(self, username: str) -> str:
        now = datetime.now(timezone.utc)
        claims = {"sub": username, "iat": now, "exp": now + self._expiration}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_username(self, token: str) -> str:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
        except jwt.PyJWTError as ex:
            raise BadCredentialsException("Invalid or expired token") from ex
        subject = claims.get("sub")
        if not isinstance(subject, str):
            raise BadCredentialsException("Invalid or expired token")
        return subject
