"""Dependency providers (the closest thing FastAPI has to a DI container)."""
from typing import Annotated

from fastapi import Depends, Query
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.core.database import get_session
from app.domain.entities import UserEntity
from app.services.auth_service import AuthService
from app.services.comment_service import CommentService
from app.services.post_service import PostService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

SessionDep = Annotated[Session, Depends(get_session)]

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


def get_auth_service(session: SessionDep) -> AuthService:
    return AuthService(session)


def get_post_service(session: SessionDep) -> PostService:
    return PostService(session)


def get_comment_service(session: SessionDep) -> CommentService:
    return CommentService(session)


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    auth_service: Annotated[AuthService, Depends(get_auth_service)],
) -> UserEntity:
    return auth_service.resolve_user(token)


class PageParams:
    def __init__(
        self,
        limit: Annotated[
            int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size (1-100)")
        ] = DEFAULT_PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, description="Number of items to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


CurrentUser = Annotated[UserEntity, Depends(get_current_user)]
Page = Annotated[PageParams, Depends()]
