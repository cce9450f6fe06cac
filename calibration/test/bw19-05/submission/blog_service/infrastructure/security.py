import base64
import hashlib
import hmac
import secrets
from abc import ABC, abstractmethod
from datetime import UTC, datetime, timedelta

import jwt

from blog_service.core.config import Settings


class AbstractPasswordHasher(ABC):
    @abstractmethod
    def hash(self, password: str) -> str: ...

    @abstractmethod
    def verify(self, password: str, encoded: str) -> bool: ...


class Pbkdf2PasswordHasher(AbstractPasswordHasher):
    """PBKDF2-HMAC-SHA256 with a per-password random salt (OWASP 2023 iteration count)."""

    ALGORITHM = "pbkdf2_sha256"

    def __init__(self, iterations: int) -> None:
        self._iterations = iterations

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, self._iterations)
        return "$".join(
            [
                self.ALGORITHM,
                str(self._iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        algorithm, iterations, salt_b64, digest_b64 = encoded.split("$")
        if algorithm != self.ALGORITHM:
            return False
        digest = hashlib.pbkdf2_hmac(
            "sha256", password.encode(), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(digest, base64.b64decode(digest_b64))


class AbstractTokenService(ABC):
    @abstractmethod
    def issue(self, user_id: int) -> str: ...

    @abstractmethod
    def resolve(self, token: str) -> int | None: ...


class JwtTokenService(AbstractTokenService):
    def __init__(self, secret: str, algorithm: str, expires_minutes: int) -> None:
        self._secret = secret
        self._algorithm = algorithm
        self._expires = timedelta(minutes=expires_minutes)

    def issue(self, user_id: int) -> str:
        now = datetime.now(UTC)
        payload = {"sub": str(user_id), "iat": now, "exp": now + self._expires}
        return jwt.encode(payload, self._secret, algorithm=self._algorithm)

    def resolve(self, token: str) -> int | None:
        try:
            payload = jwt.decode(token, self._secret, algorithms=[self._algorithm])
            return int(payload["sub"])
        except (jwt.PyJWTError, KeyError, ValueError):
            return None


class SecurityFactory:
    """Creates the security strategies configured for this deployment."""

    @staticmethod
    def create_password_hasher(settings: Settings) -> AbstractPasswordHasher:
        return Pbkdf2PasswordHasher(iterations=settings.pbkdf2_iterations)

    @staticmethod
    def create_token_service(settings: Settings) -> AbstractTokenService:
        return JwtTokenService(
            secret=settings.jwt_secret.get_secret_value(),
            algorithm=settings.jwt_algorithm,
            expires_minutes=settings.jwt_expires_minutes,
        )
