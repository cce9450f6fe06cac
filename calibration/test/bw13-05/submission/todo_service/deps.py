from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader

from todo_service.models import ApiKey, User, utcnow
from todo_service.security import digest_api_key
from todo_service.settings import Settings

api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="Key returned by POST /auth/login"
)


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "ApiKey"},
    )


def get_api_key(key: Annotated[str | None, Depends(api_key_header)]) -> ApiKey:
    if not key:
        raise _unauthorized("missing X-API-Key header")
    record = (
        ApiKey.select(ApiKey, User)
        .join(User)
        .where((ApiKey.digest == digest_api_key(key)) & (ApiKey.expires_at > utcnow()))
        .get_or_none()
    )
    if record is None:
        raise _unauthorized("invalid or expired API key")
    return record


def get_current_user(api_key: Annotated[ApiKey, Depends(get_api_key)]) -> User:
    user: User = api_key.user  # already joined, no extra query
    return user


SettingsDep = Annotated[Settings, Depends(get_settings)]
CurrentUser = Annotated[User, Depends(get_current_user)]
CurrentKey = Annotated[ApiKey, Depends(get_api_key)]
