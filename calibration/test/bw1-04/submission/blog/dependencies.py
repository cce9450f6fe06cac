from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from blog.database import get_session
from blog.models import User
from blog.security import decode_access_token
from blog.settings import Settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


DbSession = Annotated[Session, Depends(get_session)]
AppSettings = Annotated[Settings, Depends(get_settings)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], session: DbSession, settings: AppSettings
) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    username = decode_access_token(token, settings.resolved_secret_key(), settings.jwt_algorithm)
    if username is None:
        raise unauthorized
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


class Pagination:
    """Validated limit/offset pair, shared by every list endpoint."""

    def __init__(
        self,
        settings: AppSettings,
        limit: Annotated[int | None, Query(ge=1, description="Page size")] = None,
        offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
    ) -> None:
        if limit is None:
            limit = settings.default_page_size
        if limit > settings.max_page_size:
            raise HTTPException(
                status_code=422,
                detail=f"limit must be at most {settings.max_page_size}",
            )
        self.limit = limit
        self.offset = offset
