from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.security import (
    InvalidTokenError,
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)
from app.domain.entities import UserEntity
from app.dto.user_dto import TokenDTO, UserCreateDTO, UserDTO
from app.repositories.user_repository import UserRepository
from app.services.exceptions import AuthenticationException, ConflictException

# Verified against when the username is unknown, so both failure paths cost the same.
_DUMMY_HASH = hash_password("timing-equaliser-not-a-real-password")


class AuthService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._users = UserRepository(session)

    def register(self, request: UserCreateDTO) -> UserDTO:
        if self._users.find_by_username(request.username) is not None:
            raise ConflictException("Username is already taken")
        user = UserEntity(username=request.username, password_hash=hash_password(request.password))
        try:
            self._users.save(user)
            self._session.commit()
        except IntegrityError as exc:  # concurrent registration of the same name
            self._session.rollback()
            raise ConflictException("Username is already taken") from exc
        return UserDTO.model_validate(user)

    def authenticate(self, username: str, password: str) -> TokenDTO:
        user = self._users.find_by_username(username)
        if user is None:
            verify_password(password, _DUMMY_HASH)
            raise AuthenticationException("Incorrect username or password")
        if not verify_password(password, user.password_hash):
            raise AuthenticationException("Incorrect username or password")
        return TokenDTO(access_token=create_access_token(str(user.id)))

    def resolve_user(self, token: str) -> UserEntity:
        try:
            subject = decode_access_token(token)
            user_id = int(subject)
        except (InvalidTokenError, ValueError) as exc:
            raise AuthenticationException("Could not validate credentials") from exc
        user = self._users.find_by_id(user_id)
        if user is None:
            raise AuthenticationException("Could not validate credentials")
        return user
