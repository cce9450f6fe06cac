"""Dependency wiring: the closest thing FastAPI has to an application context.

Every controller asks for a service, every service for its repositories, and
the session is scoped to the request.
"""
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.config.database import get_session
from app.config.settings import get_properties
from app.entity.user_entity import UserEntity
from app.exception.exceptions import BadCredentialsException
from app.repository.comment_repository import CommentRepository
from app.repository.post_repository import PostRepository
from app.repository.user_repository import UserRepository
from app.security.jwt_token_provider import JwtTokenProvider
from app.security.password_encoder import BCryptPasswordEncoder
from app.service.auth_service import AuthService
from app.service.comment_service import CommentService
from app.service.post_service import PostService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

SessionDep = Annotated[Session, Depends(get_session)]


def password_encoder() -> BCryptPasswordEncoder:
    return BCryptPasswordEncoder()


def jwt_token_provider() -> JwtTokenProvider:
    return JwtTokenProvider(get_properties())


def user_repository(session: SessionDep) -> UserRepository:
    return UserRepository(session)


def post_repository(session: SessionDep) -> PostRepository:
    return PostRepository(session)


def comment_repository(session: SessionDep) -> CommentRepository:
    return CommentRepository(session)


def auth_service(
    session: SessionDep,
    users: Annotated[UserRepository, Depends(user_repository)],
    encoder: Annotated[BCryptPasswordEncoder, Depends(password_encoder)],
    tokens: Annotated[JwtTokenProvider, Depends(jwt_token_provider)],
) -> AuthService:
    return AuthService(session, users, encoder, tokens)


def post_service(
    session: SessionDep,
    posts: Annotated[PostRepository, Depends(post_repository)],
    comments: Annotated[CommentRepository, Depends(comment_repository)],
) -> PostService:
    return PostService(session, posts, comments)


def comment_service(
    session: SessionDep,
    posts: Annotated[PostRepository, Depends(post_repository)],
    comments: Annotated[CommentRepository, Depends(comment_repository)],
) -> CommentService:
    return CommentService(session, posts, comments)


def current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    tokens: Annotated[JwtTokenProvider, Depends(jwt_token_provider)],
    users: Annotated[UserRepository, Depends(user_repository)],
) -> UserEntity:
    username = tokens.get_username(token)
    user = users.find_by_username(username)
    if user is None:
        raise BadCredentialsException("Invalid or expired token")
    return user


CurrentUser = Annotated[UserEntity, Depends(current_user)]
AuthServiceDep = Annotated[AuthService, Depends(auth_service)]
PostServiceDep = Annotated[PostService, Depends(post_service)]
CommentServiceDep = Annotated[CommentService, Depends(comment_service)]
