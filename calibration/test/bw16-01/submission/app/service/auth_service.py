from sqlalchemy.orm import Session

from app.dto.request import SignUpRequestDto
from app.dto.response import TokenResponseDto, UserResponseDto
from app.entity import UserEntity
from app.exception.exceptions import AuthenticationException, DuplicateResourceException
from app.repository.user_repository import UserRepository
from app.security.jwt_provider import JwtTokenProvider
from app.security.password_encoder import BCryptPasswordEncoder

# Pre-computed hash so that an unknown username costs the same as a wrong password.
_DUMMY_HASH = BCryptPasswordEncoder().encode("dummy-password-for-timing")


class AuthService:
    def __init__(self, session: Session) -> None:
        self._user_repository = UserRepository(session)
        self._password_encoder = BCryptPasswordEncoder()
        self._token_provider = JwtTokenProvider()

    def register(self, request: SignUpRequestDto) -> UserResponseDto:
        if self._user_repository.exists_by_username(request.username):
            raise DuplicateResourceException(f"Username '{request.username}' is already taken")
        user = UserEntity(
            username=request.username,
            password_hash=self._password_encoder.encode(request.password),
        )
        user = self._user_repository.save(user)
        return UserResponseDto(id=user.id, username=user.username, created_at=user.created_at)

    def login(self, username: str, password: str) -> TokenResponseDto:
        user = self._user_repository.find_by_username(username)
        encoded = user.password_hash if user else _DUMMY_HASH
        if not self._password_encoder.matches(password, encoded) or user is None:
            raise AuthenticationException("Bad credentials")
        return TokenResponseDto(
            access_token=self._token_provider.create_token(user.id, user.username),
            expires_in=self._token_provider.expiration_seconds,
        )
