from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blogapi.models import User
from blogapi.security import read_token
from blogapi.settings import Settings, get_settings

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")

MAX_PAGE = 100


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async for session in request.app.state.db.session():
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]
Config = Annotated[Settings, Depends(get_settings)]


async def current_user(token: Annotated[str, Depends(oauth2)], session: Session,
                       settings: Config) -> User:
    user_id = read_token(token, settings.jwt_secret.get_secret_value())
    user = await session.get(User, user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid or expired token",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentUser = Annotated[User, Depends(current_user)]


class Paging:
    def __init__(self,
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size")] = 20,
                 offset: Annotated[int, Query(ge=0, description="Rows to skip")] = 0) -> None:
        self.limit = limit
        self.offset = offset


PageParams = Annotated[Paging, Depends()]
