from datetime import datetime, timedelta, timezone
from typing import Any

import jwt

from config.parameters import APP_SECRET, JWT_ALGORITHM, JWT_TOKEN_TTL
from src.Entity.User import User


class JWTTokenManager:
    """Minimal port of LexikJWTAuthenticationBundle's JWTTokenManager."""

    def __init__(self, secret: str = APP_SECRET, ttl: int = JWT_TOKEN_TTL) -> None:
        self.secret = secret
        self.ttl = ttl

    def create(self, user: User) -> str:
        now = datetime.now(timezone.utc)
        payload = {
            "username": user.username,
            "roles": user.getRoles(),
            "iat": now,
            "exp": now + timedelta(seconds=self.ttl),
        }
        return jwt.encode(payload, self.secret, algorithm=JWT_ALGORITHM)

    def parse(self, token: str) -> dict[str, Any]:
        return jwt.decode(token, self.secret, algorithms=[JWT_ALGORITHM])
