"""Dependency wiring - the equivalent of the service registrations in Program.cs."""

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from blog_api.domain.entities import User
from blog_api.infrastructure.database import get_session
from blog_api.infrastructure.repositories import (
    CommentRepository,
    PostRepository,
    UserRepository,
)
from blog_api.infrastructure.security import PasswordHasher, TokenService
from blog_api.services.auth_service import AuthService
from blog_api.services.comment_service import CommentService
from blog_api.services.post_service import PostService
from blog_api.settings import AppSettings, get_settings
from blog_api.controllers.base import ControllerBase

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/token")

SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[AppSettings, Depends(get_settings)]


def get_auth_service(session: SessionDep, settings: SettingsDep) -> AuthService:
    return AuthService(
        UserRepository(session),
        PasswordHasher(settings.bcrypt_rounds),
        TokenService(settings),
    )


def get_post_service(session: SessionDep) -> PostService:
    return PostService(PostRepository(session))


def get_comment_service(session: SessionDep) -> CommentService:
    return CommentService(PostRepository(session), CommentRepository(session))


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    auth: Annotated[AuthService, Depends(get_auth_service)],
) -> User:
    return ControllerBase.unwrap(auth.resolve_user(token))


CurrentUser = Annotated[User, Depends(get_current_user)]
