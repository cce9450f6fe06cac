"""Dependency wiring: FastAPI's Depends() plays the role of the Spring application context here."""

from typing import Annotated

from fastapi import Depends, Query
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from blogapi.config.database import get_db_session
from blogapi.config.settings import ApplicationSettings, get_settings
from blogapi.domain.entities import UserEntity
from blogapi.dto.page_dto import PageRequest
from blogapi.exception.exceptions import AuthenticationException
from blogapi.mapper.comment_mapper import CommentMapper
from blogapi.mapper.post_mapper import PostMapper
from blogapi.repository.comment_repository import CommentRepository
from blogapi.repository.post_repository import PostRepository
from blogapi.repository.user_repository import UserRepository
from blogapi.security.jwt_token_provider import JwtTokenProvider
from blogapi.security.password_encoder import BCryptPasswordEncoder, PasswordEncoder
from blogapi.service.auth_service import AuthService
from blogapi.service.comment_service import CommentService
from blogapi.service.post_service import PostService

_settings = get_settings()

DbSession = Annotated[Session, Depends(get_db_session)]
Settings = Annotated[ApplicationSettings, Depends(get_settings)]

bearer_scheme = HTTPBearer(auto_error=False, description="JWT from POST /api/auth/login")


# ---- repositories ----

def get_user_repository(session: DbSession) -> UserRepository:
    return UserRepository(session)


def get_post_repository(session: DbSession) -> PostRepository:
    return PostRepository(session)


def get_comment_repository(session: DbSession) -> CommentRepository:
    return CommentRepository(session)


# ---- components ----

def get_password_encoder() -> PasswordEncoder:
    return BCryptPasswordEncoder()


def get_token_provider(settings: Settings) -> JwtTokenProvider:
    return JwtTokenProvider(settings)


# ---- services ----

def get_auth_service(
    user_repository: Annotated[UserRepository, Depends(get_user_repository)],
    password_encoder: Annotated[PasswordEncoder, Depends(get_password_encoder)],
    token_provider: Annotated[JwtTokenProvider, Depends(get_token_provider)],
) -> AuthService:
    return AuthService(user_repository, password_encoder, token_provider)


def get_post_service(
    post_repository: Annotated[PostRepository, Depends(get_post_repository)],
    user_repository: Annotated[UserRepository, Depends(get_user_repository)],
    comment_repository: Annotated[CommentRepository, Depends(get_comment_repository)],
) -> PostService:
    return PostService(post_repository, user_repository, comment_repository, PostMapper())


def get_comment_service(
    comment_repository: Annotated[CommentRepository, Depends(get_comment_repository)],
    post_repository: Annotated[PostRepository, Depends(get_post_repository)],
    user_repository: Annotated[UserRepository, Depends(get_user_repository)],
) -> CommentService:
    return CommentService(comment_repository, post_repository, user_repository, CommentMapper())


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
PostServiceDep = Annotated[PostService, Depends(get_post_service)]
CommentServiceDep = Annotated[CommentService, Depends(get_comment_service)]


# ---- security ----

def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    auth_service: AuthServiceDep,
) -> UserEntity:
    if credentials is None:
        raise AuthenticationException("Full authentication is required to access this resource")
    return auth_service.get_authenticated_user(credentials.credentials)


CurrentUser = Annotated[UserEntity, Depends(get_current_user)]


# ---- paging ----

def get_page_request(
    limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = _settings.default_page_size,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PageRequest:
    return PageRequest(limit=limit, offset=offset)


PageRequestDep = Annotated[PageRequest, Depends(get_page_request)]
