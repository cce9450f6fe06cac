from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from redis.asyncio import Redis

from todo_api.repositories import users as users_repo
from todo_api.repositories.users import UserRecord
from todo_api.security import decode_access_token
from todo_api.settings import Settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_redis(request: Request) -> Redis:
    return request.app.state.redis


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
RedisDep = Annotated[Redis, Depends(get_redis)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], r: RedisDep, settings: SettingsDep
) -> UserRecord:
    user_id = decode_access_token(token, settings)
    user = await users_repo.get_user(r, user_id) if user_id else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[UserRecord, Depends(get_current_user)]


@dataclass(frozen=True)
class PageParams:
    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=100, description="Page size, 1-100")] = 20,
    offset: Annotated[int, Query(ge=0, description="Number of todos to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


Page = Annotated[PageParams, Depends(page_params)]
