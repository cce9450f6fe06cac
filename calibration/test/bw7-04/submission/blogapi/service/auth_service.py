from blogapi.domain.entities import UserEntity
from blogapi.dto.user_dto import LoginRequestDto, RegisterUserRequestDto, TokenResponseDto, UserResponseDto
from blogapi.exception.exceptions import AuthenticationException, UsernameAlreadyExistsException
from blogapi.repository.user_repository import UserRepository
from blogapi.security.jwt_token_provider import JwtTokenProvider
from blogapi.security.password_encoder import PasswordEncoder


class AuthService:
    def __init__(
        self,
        user_repository: UserRepository,
        password_encoder: PasswordEncoder,
        token_provider: JwtTokenProvider,
    ) -> None:
        self._user_repository = user_repository
        self._password_encoder = password_encoder
        self._token_provider = token_provider

    def register(self, request: RegisterUserRequestDto) -> UserResponseDto:
        if self._user_repository.exists_by_username(request.username):
            raise UsernameAlreadyExistsException(request.username)
        user = UserEntity(
            username=request.username,
            password_hash=self._password_encoder.encode(request.password),
        )
        saved = self._user_repository.save(user)
        return UserResponseDto.model_validate(saved)

    def login(self, request: LoginRequestDto) -> TokenResponseDto:
        user = self._user_repository.find_by_username(request.username)
        if user is None or not self._password_encoder.matches(request.password, user.password_hash):
            raise AuthenticationException("Invalid username or password")
        return TokenResponseDto(
            access_token=self._token_provider.generate_token(user.username),
            expires_in=self._token_provider.expiration_seconds,
        )

    def get_authenticated_user(self, token: str) -> UserEntity:
        username = self._token_provider.get_username_from_token(token)
        if username is None:
            raise AuthenticationException("Invalid or expired token")
        user = self._user_repository.find_by_username(username)
        if user is None:
            raise AuthenticationException("Invalid or expired token")
        return user
