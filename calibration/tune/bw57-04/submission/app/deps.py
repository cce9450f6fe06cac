from typing import Annotated, Any

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from redis.asyncio import Redis
from sqlmodel.ext.asyncio.session import AsyncSession

from app.cache import get_redis, is_revoked
from app.config import Settings, get_settings
from app.db import get_session
from app.models import User
from app.security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")

SessionDep = Annotated[AsyncSession, Depends(get_session)]
RedisDep = Annotated[Redis, Depends(get_redis)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def get_token_claims(
    token: Annotated[str, Depends(oauth2_scheme)],
    redis: RedisDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    claims = decode_access_token(token, settings)
    if claims is None or await is_revoked(redis, claims["jti"]):
        raise _unauthorized()
    return claims


ClaimsDep = Annotated[dict[str, Any], Depends(get_token_claims)]


async def get_current_user(claims: ClaimsDep, session: SessionDep) -> User:
    try:
        user_id = int(claims["sub"])
    except ValueError:
        raise _unauthorized() from None
    user = await session.get(User, user_id)
    if user is None:
        raise _unauthorized()
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
