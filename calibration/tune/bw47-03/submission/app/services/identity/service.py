from typing import Protocol

from app.platform.errors import Unauthenticated
from app.platform.events import EventBus
from app.services.identity.domain import Principal, User, UserRegistered
from app.services.identity.passwords import hash_password, verify_password
from app.services.identity.tokens import TokenIssuer


class UserRepository(Protocol):
    async def get(self, user_id: int) -> User | None: ...
    async def get_by_username(self, username: str) -> User | None: ...
    async def get_profile(self, user_id: int) -> Principal | None: ...
    async def add(self, username: str, password_hash: str) -> User: ...


class IdentityService:
    def __init__(self, users: UserRepository, tokens: TokenIssuer, bus: EventBus) -> None:
        self._users = users
        self._tokens = tokens
        self._bus = bus

    async def register(self, username: str, password: str) -> User:
        password_hash = await hash_password(password)
        user = await self._users.add(username, password_hash)
        await self._bus.publish(UserRegistered(user_id=user.id, username=user.username))
        return user

    async def authenticate(self, username: str, password: str) -> str:
        user = await self._users.get_by_username(username)
        if user is None or not await verify_password(password, user.password_hash):
            raise Unauthenticated("incorrect username or password")
        return self._tokens.issue(user.id)

    async def resolve(self, token: str) -> Principal:
        user_id = self._tokens.subject(token)
        user = await self._users.get(user_id) if user_id is not None else None
        if user is None:
            raise Unauthenticated("invalid or expired token")
        return Principal(user_id=user.id, username=user.username)

    async def profile(self, user_id: int) -> Principal | None:
        return await self._users.get_profile(user_id)
