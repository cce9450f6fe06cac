from __future__ import annotations

from todo_api.application.dtos import RegisterUserRequest, TokenResponse, UserResponse
from todo_api.application.exceptions import ConflictException, UnauthorizedException
from todo_api.application.interfaces import (
    IPasswordHasher,
    ITokenService,
    IUnitOfWork,
    IUserRepository,
)
from todo_api.domain.models import User


class AuthService:
    def __init__(
        self,
        users: IUserRepository,
        unit_of_work: IUnitOfWork,
        password_hasher: IPasswordHasher,
        token_service: ITokenService,
    ) -> None:
        self._users = users
        self._unit_of_work = unit_of_work
        self._password_hasher = password_hasher
        self._token_service = token_service

    async def register_async(self, request: RegisterUserRequest) -> UserResponse:
        existing = await self._users.get_by_username_async(request.username)
        if existing is not None:
            raise ConflictException(f"Username '{request.username}' is already taken.")

        password_hash = await self._password_hasher.hash_async(request.password)
        user = await self._users.add_async(request.username, password_hash)
        await self._unit_of_work.commit_async()
        return UserResponse.from_domain(user)

    async def login_async(self, username: str, password: str) -> TokenResponse:
        user = await self._users.get_by_username_async(username)
        if user is None:
            raise UnauthorizedException("Invalid username or password.")

        if not await self._password_hasher.verify_async(password, user.password_hash):
            raise UnauthorizedException("Invalid username or password.")

        return await self._token_service.create_token_async(user)

    async def get_current_user_async(self, token: str) -> User:
        user_id = await self._token_service.validate_token_async(token)
        if user_id is None:
            raise UnauthorizedException("Could not validate credentials.")

        user = await self._users.get_by_id_async(user_id)
        if user is None:
            raise UnauthorizedException("Could not validate credentials.")
        return user
