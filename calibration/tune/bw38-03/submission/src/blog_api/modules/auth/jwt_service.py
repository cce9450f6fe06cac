from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from fastapi import Depends

from blog_api.common.exceptions import UnauthorizedException
from blog_api.config.configuration import Settings, get_settings

ALGORITHM = "HS256"


class JwtService:
    def __init__(self, secret: str, expires_in: int) -> None:
        self.secret = secret
        self.expires_in = expires_in

    def sign(self, subject: str, extra: dict[str, Any] | None = None) -> str:
        now = datetime.now(UTC)
        payload: dict[str, Any] = {
            **(extra or {}),
            "sub": subject,
            "iat": now,
            "exp": now + timedelta(seconds=self.expires_in),
        }
        return jwt.encode(payload, self.secret, algorithm=ALGORITHM)

    def verify(self, token: str) -> dict[str, Any]:
        try:
            payload: dict[str, Any] = jwt.decode(
                token,
                self.secret,
                algorithms=[ALGORITHM],
                options={"require": ["exp", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise UnauthorizedException("Token expired")
        except jwt.InvalidTokenError:
            raise UnauthorizedException("Invalid token")
        if not str(payload["sub"]).isdigit():
            raise UnauthorizedException("Invalid token")
        return payload


def get_jwt_service(settings: Settings = Depends(get_settings)) -> JwtService:
    return JwtService(settings.jwt_secret, settings.jwt_expires_in)
