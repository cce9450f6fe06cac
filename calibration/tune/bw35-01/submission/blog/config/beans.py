"""Dependency wiring. FastAPI's Depends() plays the role of Spring's constructor injection."""

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from blog.config.database import get_session
from blog.config.security import JwtTokenProvider, password_encoder
from blog.config.settings import get_properties
from blog.entity import User
from blog.repository.comment_repository import CommentRepository
from blog.repository.post_repository import PostRepository
from blog.repository.user_repository import UserRepository
from blog.service.auth_service import AuthService
from blog.service.comment_service import CommentService
from blog.service.post_service import PostService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/login")

SessionDep = Annotated[Session, Depends(get_session)]


def jwt_token_provider() -> JwtTokenProvider:
    return JwtTokenProvider(get_properties())


def auth_service(
    session: SessionDep,
    token_provider: Annotated[JwtTokenProvider, Depends(jwt_token_provider)],
) -> AuthService:
    return AuthService(UserRepository(session), password_encoder, token_provider)


def post_service(session: SessionDep) -> PostService:
    return PostService(PostRepository(session))


def comment_service(session: SessionDep) -> CommentService:
    return CommentService(CommentRepository(session), PostRepository(session))


def current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    service: Annotated[AuthService, Depends(auth_service)],
) -> User:
    return service.load_user_by_token(token)


AuthServiceDep = Annotated[AuthService, Depends(auth_service)]
PostServiceDep = Annotated[PostService, Depends(post_service)]
CommentServiceDep = Annotated[CommentService, Depends(comment_service)]
CurrentUser = Annotated[User, Depends(current_user)]
