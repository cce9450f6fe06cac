"""Authentication and registration use cases."""
from abc import ABC, abstractmethod

from app.domain.entities import UserEntity
from app.dto.user_dto import TokenResponseDTO, UserRegistrationRequestDTO, UserResponseDTO
from app.exceptions.exceptions import (
    InvalidCredentialsException,
    InvalidTokenException,
    UsernameAlreadyExistsException,
)
from app.repositories.user_repository import UserRepository
from app.services.jwt_token_provider import JwtTokenProvider
from app.services.password_encoder import BCryptPasswordEncoder


class AuthService(ABC):
    @abstractmethod
    def register(self, request_dto: UserRegistrationRequestDTO) -> UserResponseDTO: ...

    @abstractmethod
    def login(self, username: str, password: str) -> TokenResponseDTO: ...

    @abstractmethod
    def get_authenticated_user(self, token: str) -> UserEntity: ...


class AuthServiceImpl(AuthService):
    def __init__(
        self,
        user_repository: UserRepository,
        password_encoder: BCryptPasswordEncoder,
        jwt_token_provider: JwtTokenProvider,
    ) -> None:
        self._user_repository = user_repository
        self._password_encoder = password_encoder
        self._jwt_token_provider = jwt_token_provider

    def register(self, request_dto: UserRegistrationRequestDTO) -> UserResponseDTO:
        if self._user_repository.exists_by_username(request_dto.username):
            raise UsernameAlreadyExistsException(
                f"Username '{request_dto.username}' is already taken"
            )
        user = UserEntity(
            username=request_dto.username,
            password_hash=self._password_encoder.encode(request_dto.password),
        )
        saved_user = self._user_repository.save(user)
        return UserResponseDTO.model_validate(saved_user)

    def login(self, username: str, password: str) -> TokenResponseDTO:
        user = self._user_repository.find_by_username(username)
        if user is None or not self._password_encoder.matches(password, user.password_hash):
            raise InvalidCredentialsException("Bad credentials")
        return TokenResponseDTO(access_token=self._jwt_token_provider.generate_token(user.username))

    def get_authenticated_user(self, token: str) -> UserEntity:
        username = self._jwt_token_provider.get_username_from_token(token)
        user = self._user_repository.find_by_username(username)
        if user is None:
            raise InvalidTokenException("User referenced by token no longer exists")
        return user
