from sqlalchemy.orm import Session

from app.dto.user_dto import TokenResponseDto, UserRegistrationRequestDto, UserResponseDto
from app.entity.user_entity import UserEntity
from app.exception.exceptions import BadCredentialsException, DuplicateResourceException
from app.repository.user_repository import UserRepository
from app.security.jwt_token_provider import JwtTokenProvider
from app.security.password_encoder import BCryptPasswordEncoder


class AuthService:
    def __init__(
        self,
        session: Session,
        user_repository: UserRepository,
        password_encoder: BCryptPasswordEncoder,
        token_provider: JwtTokenProvider,
    ) -> None:
        self._session = session
        self._user_repository = user_repository
        self._password_encoder = password_encoder
        self._token_provider = token_provider

    def register(self, request: UserRegistrationRequestDto) -> UserResponseDto:
        if self._user_repository.exists_by_username(request.username):
            raise DuplicateResourceException("Username is already taken")
        user = UserEntity(
            username=request.username,
            password_hash=self._password_encoder.encode(request.password),
        )
        self._user_repository.save(user)
        self._session.commit()
        return UserResponseDto.model_validate(user)

    def login(self, username: str, password: str) -> TokenResponseDto:
        user = self._user_repository.find_by_username(username)
        if user is None or not self._password_encoder.matches(password, user.password_hash):
            raise BadCredentialsException("Incorrect username or password")
        return TokenResponseDto(access_token=self._token_provider.create_token(user.username))
