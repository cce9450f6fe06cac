"""Composition root: the FastAPI equivalent of builder.Services.AddScoped<...>()."""
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blog_api.db_context import get_db_context
from blog_api.entities.models import User
from blog_api.exceptions import UnauthorizedException
from blog_api.repositories.repositories import (
    CommentRepository,
    ICommentRepository,
    IPostRepository,
    IUserRepository,
    PostRepository,
    UserRepository,
)
from blog_api.services.auth_service import AuthService
from blog_api.services.post_service import PostService
from blog_api.settings import AppSettings, get_settings

DbContext = Annotated[AsyncSession, Depends(get_db_context)]
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/token")


def get_user_repository(db: DbContext) -> IUserRepository:
    return UserRepository(db)


def get_post_repository(db: DbContext) -> IPostRepository:
    return PostRepository(db)


def get_comment_repository(db: DbContext) -> ICommentRepository:
    return CommentRepository(db)


def get_auth_service(
    users: Annotated[IUserRepository, Depends(get_user_repository)],
    settings: Annotated[AppSettings, Depends(get_settings)],
) -> AuthService:
    return AuthService(users, settings)


def get_post_service(
    posts: Annotated[IPostRepository, Depends(get_post_repository)],
    comments: Annotated[ICommentRepository, Depends(get_comment_repository)],
) -> PostService:
    return PostService(posts, comments)


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    auth: Annotated[AuthService, Depends(get_auth_service)],
    users: Annotated[IUserRepository, Depends(get_user_repository)],
) -> User:
    user = await users.get_by_id(auth.read_user_id(token))
    if user is None:
        raise UnauthorizedException("User no longer exists.")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
PostServiceDep = Annotated[PostService, Depends(get_post_service)]
