"""Container wiring (my service provider) plus the auth guard and pagination params.

FastAPI caches a dependency once per request, so all repositories below share
one AsyncSession, and the current user lives in that same session.
"""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blog.config import Settings, get_settings
from blog.database import get_session
from blog.models import User
from blog.repositories.comment_repository import CommentRepository
from blog.repositories.post_repository import PostRepository
from blog.repositories.user_repository import UserRepository
from blog.services.auth_service import AuthService
from blog.services.comment_service import CommentService
from blog.services.post_service import PostService

SessionDep = Annotated[AsyncSession, Depends(get_session)]
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")


def auth_service(session: SessionDep, settings: Annotated[Settings, Depends(get_settings)]) -> AuthService:
    return AuthService(UserRepository(session), settings)


def post_service(session: SessionDep) -> PostService:
    return PostService(PostRepository(session))


def comment_service(session: SessionDep) -> CommentService:
    return CommentService(CommentRepository(session), PostRepository(session))


AuthServiceDep = Annotated[AuthService, Depends(auth_service)]
PostServiceDep = Annotated[PostService, Depends(post_service)]
CommentServiceDep = Annotated[CommentService, Depends(comment_service)]


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)], auth: AuthServiceDep
) -> User:
    user = await auth.user_for_token(token)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(current_user)]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=50, description="Page size, 1-50")] = 10,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


PageDep = Annotated[Page, Depends(page)]
