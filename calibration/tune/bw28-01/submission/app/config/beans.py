"""Dependency wiring. Each provider is the FastAPI counterpart of a @Bean / @Produces method."""
from functools import lru_cache
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.config.database import get_db_session
from app.config.settings import get_settings
from app.dto.user_dto import UserResponseDTO
from app.repository.impl.sqlalchemy_comment_repository import SqlAlchemyCommentRepository
from app.repository.impl.sqlalchemy_post_repository import SqlAlchemyPostRepository
from app.repository.impl.sqlalchemy_user_repository import SqlAlchemyUserRepository
from app.security.jwt_token_provider import JwtTokenProvider
from app.security.password_encoder import BCryptPasswordEncoder, PasswordEncoder
from app.service.impl.auth_service_impl import AuthServiceImpl
from app.service.impl.comment_service_impl import CommentServiceImpl
from app.service.impl.post_service_impl import PostServiceImpl
from app.service.interfaces import IAuthService, ICommentService, IPostService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/login")

DbSession = Annotated[Session, Depends(get_db_session)]


@lru_cache
def password_encoder() -> PasswordEncoder:
    return BCryptPasswordEncoder()


@lru_cache
def token_provider() -> JwtTokenProvider:
    return JwtTokenProvider(get_settings())


def auth_service(session: DbSession) -> IAuthService:
    return AuthServiceImpl(
        session, SqlAlchemyUserRepository(session), password_encoder(), token_provider()
    )


def post_service(session: DbSession) -> IPostService:
    return PostServiceImpl(
        session,
        SqlAlchemyPostRepository(session),
        SqlAlchemyUserRepository(session),
        SqlAlchemyCommentRepository(session),
    )


def comment_service(session: DbSession) -> ICommentService:
    return CommentServiceImpl(
        session, SqlAlchemyCommentRepository(session), SqlAlchemyPostRepository(session)
    )


AuthServiceDep = Annotated[IAuthService, Depends(auth_service)]
PostServiceDep = Annotated[IPostService, Depends(post_service)]
CommentServiceDep = Annotated[ICommentService, Depends(comment_service)]


def current_user(token: Annotated[str, Depends(oauth2_scheme)], service: AuthServiceDep) -> UserResponseDTO:
    return service.resolve_user(token)


CurrentUser = Annotated[UserResponseDTO, Depends(current_user)]
