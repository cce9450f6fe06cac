"""Business logic for users and authentication."""
from todo_service.core.exceptions import InvalidCredentialsError, UsernameAlreadyExistsError
from todo_service.core.security import PasswordHasher, TokenService
from todo_service.domain.models import UserEntity
from todo_service.domain.schemas import UserCreateDTO
from todo_service.repositories.sqlalchemy_repositories import UserRepository


class UserService:
    def __init__(self, repository: UserRepository, hasher: PasswordHasher, tokens: TokenService) -> None:
        self._repository = repository
        self._hasher = hasher
        self._tokens = tokens

    def register(self, dto: UserCreateDTO) -> UserEntity:
        if self._repository.get_by_username(dto.username) is not None:
            raise UsernameAlreadyExistsError(dto.username)
        entity = UserEntity(username=dto.username, hashed_password=self._hasher.hash(dto.password))
        return self._repository.add(entity)

    def authenticate(self, username: str, password: str) -> str:
        user = self._repository.get_by_username(username)
        if user is None or not self._hasher.verify(password, user.hashed_password):
            raise InvalidCredentialsError()
        return self._tokens.create_access_token(str(user.id))

    def resolve_token(self, token: str) -> UserEntity | None:
        subject = self._tokens.decode_subject(token)
        if subject is None or not subject.isdigit():
            return None
        return self._repository.get_by_id(int(subject))
