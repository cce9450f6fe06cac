from app.core.hashing import PasswordHasher
from app.core.tokens import TokenError, TokenIssuer
from app.domain.entities import UserEntity
from app.domain.ports import UserRepository
from app.services.exceptions import AlreadyExists, AuthenticationFailed


class AuthService:
    def __init__(self, users: UserRepository, hasher: PasswordHasher, tokens: TokenIssuer) -> None:
        self._users = users
        self._hasher = hasher
        self._tokens = tokens

    async def register(self, username: str, password: str) -> UserEntity:
        if await self._users.get_by_username(username):
            raise AlreadyExists("username already taken")
        return await self._users.create(username, await self._hasher.hash(password))

    async def login(self, username: str, password: str) -> str:
        user = await self._users.get_by_username(username)
        if user is None or not await self._hasher.verify(password, user.password_hash):
            raise AuthenticationFailed("incorrect username or password")
        return self._tokens.issue(user.id)

    async def resolve(self, token: str) -> UserEntity:
        try:
            user_id = self._tokens.subject(token)
        except TokenError:
            raise AuthenticationFailed("invalid or expired token") from None
        user = await self._users.get(user_id)
        if user is None:
            raise AuthenticationFailed("invalid or expired token")
        return user
