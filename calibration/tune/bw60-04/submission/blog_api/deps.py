from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlmodel.ext.asyncio.session import AsyncSession

from blog_api.core.config import Settings, get_settings
from blog_api.core.db import get_session
from blog_api.core.security import decode_token
from blog_api.models import User
from blog_api.services import BlogService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_service(session: SessionDep) -> BlogService:
    return BlogService(session)


ServiceDep = Annotated[BlogService, Depends(get_service)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    service: ServiceDep,
    settings: SettingsDep,
) -> User:
    user_id = decode_token(token, settings)
    user = await service.users.get(user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
