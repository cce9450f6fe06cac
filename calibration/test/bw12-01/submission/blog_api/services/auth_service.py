from blog_api.contracts.dtos import RegisterUserRequest, TokenDto, UserDto
from blog_api.domain.entities import User
from blog_api.domain.result import Error, Result
from blog_api.infrastructure.repositories import UserRepository
from blog_api.infrastructure.security import PasswordHasher, TokenService


class AuthService:
    def __init__(
        self, users: UserRepository, hasher: PasswordHasher, tokens: TokenService
    ) -> None:
        self._users = users
        self._hasher = hasher
        self._tokens = tokens

    def register(self, request: RegisterUserRequest) -> Result[UserDto]:
        if self._users.get_by_username(request.username) is not None:
            return Result.fail(Error.conflict(f"Username '{request.username}' is already taken"))

        user = User(username=request.username, password_hash=self._hasher.hash(request.password))
        self._users.add(user)
        return Result.ok(UserDto.from_entity(user))

    def login(self, username: str, password: str) -> Result[TokenDto]:
        user = self._users.get_by_username(username)
        if user is None or not self._hasher.verify(password, user.password_hash):
            return Result.fail(Error.unauthorized("Invalid username or password"))
        return Result.ok(self._tokens.issue(user.id))

    def resolve_user(self, token: str) -> Result[User]:
        user_id = self._tokens.read_user_id(token)
        user = self._users.get_by_id(user_id) if user_id is not None else None
        if user is None:
            return Result.fail(Error.unauthorized("Invalid or expired token"))
        return Result.ok(user)
