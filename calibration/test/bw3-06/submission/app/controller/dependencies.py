from fastapi import Depends, Query
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.config.database import get_db
from app.config.settings import Settings, get_settings
from app.model.entities import User
from app.repository.repositories import CommentRepository, PostRepository, UserRepository
from app.service.security import TokenService
from app.service.services import AuthService, CommentService, PostService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def auth_service(
    db: Session = Depends(get_db), settings: Settings = Depends(get_settings)
) -> AuthService:
    return AuthService(UserRepository(db), TokenService(settings))


def post_service(db: Session = Depends(get_db)) -> PostService:
    return PostService(PostRepository(db))


def comment_service(db: Session = Depends(get_db)) -> CommentService:
    return CommentService(CommentRepository(db), PostRepository(db))


async def current_user(
    token: str = Depends(oauth2_scheme), service: AuthService = Depends(auth_service)
) -> User:
    return service.get_authenticated_user(token)


class PageRequest:
    def __init__(
        self,
        limit: int = Query(10, ge=1, le=100, description="Max items to return"),
        offset: int = Query(0, ge=0, description="Items to skip"),
    ) -> None:
        self.limit = limit
        self.offset = offset
