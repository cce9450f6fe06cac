from sqlalchemy.orm import Session

from app.domain.entities import UserEntity
from app.dto.user_dto import TokenResponseDTO, UserRegistrationRequestDTO, UserResponseDTO
from app.exception.exceptions import AuthenticationException, DuplicateResourceException
from app.repository.interfaces import IUserRepository
from app.security.jwt_token_provider import JwtTokenProvider
from app.security.password_encoder import PasswordEncoder
from app.service.interfaces import IAuthService
from app.service.transactional import transactional


class AuthServiceImpl(IAuthService):
    def __init__(
        self,
        session: Session,
        user_repository: IUserRepository,
        password_encoder: PasswordEncoder,
        token_provider: JwtTokenProvider,
    ) -> None:
        self._session = session
        self._user_repository = user_repository
        self._password_encoder = password_encoder
        self._token_provider = token_provider

    @transactional
    def register(self, request: UserRegistrationRequestDTO) -> UserResponseDTO:
        if self._user_repository.exists_by_username(request.username):
            raise DuplicateResourceException(f"Username '{request.username}' is already taken")
        entity = UserEntity(
            username=request.username,
            password_hash=self._password_encoder.encode(request.password),
        )
        saved = self._user_repository.save(entity)
        return UserResponseDTO.model_validate(saved)

    def authenticate(self, username: str, password: str) -> TokenResponseDTO:
        user = self._user_repository.find_by_username(username)
        if user is None or not self._password_encoder.matches(password, user.password_hash):
            raise AuthenticationException("Invalid username or password")
        return TokenResponseDTO(
            access_token=self._token_provider.create_token(user.id, user.username),
            expires_in=self._token_provider.validity_seconds,
        )

    def resolve_user(self, token: str) -> UserResponseDTO:
        user_id = self._token_provider.get_user_id(token)
        user = self._user_repository.find_by_id(user_id) if user_id is not None else None
        if user is None:
            raise AuthenticationException("Invalid or expired token")
        return UserResponseDTO.model_validate(user)
