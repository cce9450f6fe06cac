from __future__ import annotations

from datetime import datetime, timedelta, timezone

import jwt

from todo_api.application.dtos import TokenResponse
from todo_api.application.interfaces import ITokenService
from todo_api.domain.models import User
from todo_api.infrastructure.settings import AppSettings


class JwtTokenService(ITokenService):
    def __init__(self, settings: AppSettings) -> None:
        self._secret = settings.jwt_secret
        self._algorithm = settings.jwt_algorithm
        self._lifetime = timedelta(minutes=settings.access_token_expire_minutes)

    async def create_token_async(self, user: User) -> TokenResponse:
        issued_at = datetime.now(timezone.utc)
        payload = {
            "sub": str(user.id),
            "name": user.username,
            "iat": issued_at,
            "exp": issued_at + self._lifetime,
        }
        token = jwt.encode(payload, self._secret, algorithm=self._algorithm)
        return TokenResponse(
            access_token=token,
            token_type="bearer",
            expires_in=int(self._lifetime.total_seconds()),
        )

    async def validate_token_async(self, token: str) -> int | None:
        try:
            payload = jwt.decode(
                token,
                self._secret,
                algorithms=[self._algorithm],
                options={"require": ["exp", "sub"]},
            )
        except jwt.PyJWTError:
            return None

        try:
            return int(payload["sub"])
        except (KeyError, TypeError, ValueError):
            return None
