from datetime import datetime, timedelta, timezone

from jose import jwt
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from app.config.settings import properties
from app.dto.user_dto import TokenResponseDto, UserRegistrationRequestDto, UserResponseDto
from app.entity.user_entity import UserEntity
from app.exception.exceptions import InvalidCredentialsException, UsernameAlreadyExistsException
from app.repository.user_repository import UserRepository

password_encoder = CryptContext(schemes=["bcrypt"], deprecated="auto")


class AuthService:
    def __init__(self, db: Session):
        self.user_repository = UserRepository(db)

    def register(self, request: UserRegistrationRequestDto) -> UserResponseDto:
        if self.user_repository.exists_by_username(request.username):
            raise UsernameAlreadyExistsException(request.username)
        user = UserEntity(
            username=request.username,
            password_hash=password_encoder.hash(request.password),
        )
        saved = self.user_repository.save(user)
        return UserResponseDto.model_validate(saved)

    def authenticate(self, username: str, password: str) -> TokenResponseDto:
        user = self.user_repository.find_by_username(username)
        if user is None or not password_encoder.verify(password, user.password_hash):
            raise InvalidCredentialsException()
        return TokenResponseDto(access_token=self._generate_token(user))

    def _generate_token(self, user: UserEntity) -> str:
        expiration = datetime.now(timezone.utc) + timedelta(minutes=properties.JWT_EXPIRATION_MINUTES)
        claims = {"sub": str(user.id), "username": user.username, "exp": expiration}
        return jwt.encode(claims, properties.JWT_SECRET, algorithm=properties.JWT_ALGORITHM)
