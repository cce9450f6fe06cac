from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.database import get_session
from app.entity import UserEntity
from app.exception.exceptions import AuthenticationException
from app.repository.user_repository import UserRepository
from app.security.jwt_provider import JwtTokenProvider

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/login", auto_error=False)


def get_current_user(
    token: str | None = Depends(oauth2_scheme),
    session: Session = Depends(get_session),
) -> UserEntity:
    if token is None:
        raise AuthenticationException("Authentication required")
    user_id = JwtTokenProvider().get_user_id(token)
    user = UserRepository(session).find_by_id(user_id)
    if user is None:
        raise AuthenticationException("User no longer exists")
    return user
