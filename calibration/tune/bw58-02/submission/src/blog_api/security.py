from datetime import datetime, timedelta, timezone

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from blog_api.config import get_properties
from blog_api.database import get_session
from blog_api.entities import UserEntity
from blog_api.exceptions import UnauthorizedException
from blog_api.repositories.user_repository import UserRepository

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/login")


class PasswordEncoder:
    _context = CryptContext(schemes=["bcrypt"], deprecated="auto")

    @staticmethod
    def encode(raw_password: str) -> str:
        return PasswordEncoder._context.hash(raw_password)

    @staticmethod
    def matches(raw_password: str, encoded_password: str) -> bool:
        return PasswordEncoder._context.verify(raw_password, encoded_password)


class JwtTokenProvider:
    @staticmethod
    def create_token(user: UserEntity) -> str:
        properties = get_properties()
        expires_at = datetime.now(timezone.utc) + timedelta(minutes=properties.jwt_expiration_minutes)
        claims = {"sub": str(user.id), "username": user.username, "exp": expires_at}
        return jwt.encode(claims, properties.jwt_secret, algorithm=properties.jwt_algorithm)

    @staticmethod
    def get_user_id(token: str) -> int:
        properties = get_properties()
        try:
            claims = jwt.decode(token, properties.jwt_secret, algorithms=[properties.jwt_algorithm])
            return int(claims["sub"])
        except (JWTError, KeyError, ValueError):
            raise UnauthorizedException("Invalid or expired token")


async def get_current_user(
    token: str = Depends(oauth2_scheme), session: Session = Depends(get_session)
) -> UserEntity:
    user_id = JwtTokenProvider.get_user_id(token)
    user = UserRepository.find_by_id(session, user_id)
    if user is None:
        raise UnauthorizedException("User no longer exists")
    return user
