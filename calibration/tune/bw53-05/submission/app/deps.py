from typing import Annotated

from fastapi import Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.db import User, get_session
from app.ratelimit import rate_limit
from app.security import decode_access_token

_settings = get_settings()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

Session = Annotated[AsyncSession, Depends(get_session)]

_window = _settings.rate_limit_window_seconds
login_limit = rate_limit("login", _settings.rate_limit_login, _window)
register_limit = rate_limit("register", _settings.rate_limit_register, _window)
write_limit = rate_limit("write", _settings.rate_limit_write, _window)


async def current_user(token: Annotated[str, Depends(oauth2_scheme)], session: Session) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )
    user_id = decode_access_token(token)
    if user_id is None:
        raise unauthorized
    user = await session.get(User, user_id)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(current_user)]

Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0, le=100_000)]
