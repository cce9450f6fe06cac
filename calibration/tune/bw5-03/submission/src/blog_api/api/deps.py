"""Dependency graph. Handlers are plain ``def``: the ORM is synchronous, so FastAPI runs
them (and these providers) in its worker thread pool."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from ..config import Settings, get_settings
from ..domain.models import User
from ..infrastructure.database import UnitOfWork
from ..infrastructure.repositories import (
    CommentRepository,
    PostRepository,
    TokenRepository,
    UserRepository,
)
from ..infrastructure.security import PasswordService
from ..services.auth import AuthService
from ..services.blog import CommentService, PostService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")
_passwords = PasswordService()


def get_session(request: Request) -> Iterator[Session]:
    uow: UnitOfWork = request.app.state.uow
    yield from uow.session()


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_auth_service(session: SessionDep, settings: SettingsDep) -> AuthService:
    return AuthService(
        session=session,
        users=UserRepository(session),
        tokens=TokenRepository(session),
        passwords=_passwords,
        token_ttl=timedelta(minutes=settings.token_ttl_minutes),
    )


def get_post_service(session: SessionDep) -> PostService:
    return PostService(session, PostRepository(session))


def get_comment_service(
    session: SessionDep, posts: Annotated[PostService, Depends(get_post_service)]
) -> CommentService:
    return CommentService(session, posts, CommentRepository(session))


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
PostServiceDep = Annotated[PostService, Depends(get_post_service)]
CommentServiceDep = Annotated[CommentService, Depends(get_comment_service)]


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], auth: AuthServiceDep
) -> User:
    return auth.authenticate(token)


CurrentUser = Annotated[User, Depends(get_current_user)]


class Page:
    """limit/offset query parameters with bounds taken from settings."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
        offset: Annotated[int, Query(ge=0, description="Number of records to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PageDep = Annotated[Page, Depends()]
