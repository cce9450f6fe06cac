"""Reusable dependencies: the current user (think ``request.user``) and pagination."""
from fastapi import Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer

from blog.models import User
from blog.security import decode_access_token
from blog.settings import get_settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

_settings = get_settings()


async def get_current_user(token: str = Depends(oauth2_scheme)) -> User:
    credentials_error = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    username = decode_access_token(token)
    if username is None:
        raise credentials_error
    user = await User.get_or_none(username=username, is_active=True)
    if user is None:
        raise credentials_error
    return user


class Pagination:
    """Limit/offset pagination, similar to DRF's LimitOffsetPagination."""

    def __init__(
        self,
        limit: int = Query(
            _settings.page_size_default,
            ge=1,
            le=_settings.page_size_max,
            description=f"Page size (1-{_settings.page_size_max}).",
        ),
        offset: int = Query(0, ge=0, description="Number of items to skip."),
    ) -> None:
        self.limit = limit
        self.offset = offset
