from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blog.persistence.engine import Database
from blog.services.accounts import AccountService
from blog.services.posts import CommentService, PostService
from blog.services.principal import Principal
from blog.settings import Settings

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings_from_app(request: Request) -> Settings:
    return request.app.state.settings


def get_database(request: Request) -> Database:
    return request.app.state.database


async def get_session(
    database: Annotated[Database, Depends(get_database)],
) -> AsyncIterator[AsyncSession]:
    async with database.sessions() as session:
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]


def get_account_service(
    session: Session, settings: Annotated[Settings, Depends(get_settings_from_app)]
) -> AccountService:
    return AccountService(session, settings)


def get_post_service(session: Session) -> PostService:
    return PostService(session)


def get_comment_service(session: Session) -> CommentService:
    return CommentService(session)


Accounts = Annotated[AccountService, Depends(get_account_service)]
Posts = Annotated[PostService, Depends(get_post_service)]
Comments = Annotated[CommentService, Depends(get_comment_service)]


async def get_principal(token: Annotated[str, Depends(oauth2)], accounts: Accounts) -> Principal:
    return await accounts.principal_from_token(token)


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


class Pagination:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


Page = Annotated[Pagination, Depends()]
