from fastapi import Depends

from blog_api.common.exceptions import ConflictException, UnauthorizedException
from blog_api.modules.auth.dto.register_dto import LoginDto, RegisterDto
from blog_api.modules.auth.dto.token_response_dto import TokenResponseDto
from blog_api.modules.auth.hashing_service import HashingService, get_hashing_service
from blog_api.modules.auth.jwt_service import JwtService, get_jwt_service
from blog_api.modules.users.user_entity import User
from blog_api.modules.users.users_service import UsersService, get_users_service


class AuthService:
    def __init__(
        self, users_service: UsersService, hashing_service: HashingService, jwt_service: JwtService
    ) -> None:
        self.users_service = users_service
        self.hashing_service = hashing_service
        self.jwt_service = jwt_service

    async def register(self, dto: RegisterDto) -> User:
        if await self.users_service.find_by_username(dto.username) is not None:
            raise ConflictException(f"Username '{dto.username}' is already taken")
        password_hash = await self.hashing_service.hash(dto.password)
        return await self.users_service.create(dto.username, password_hash)

    async def login(self, dto: LoginDto) -> TokenResponseDto:
        user = await self.users_service.find_by_username(dto.username)
        if user is None or not await self.hashing_service.compare(dto.password, user.password_hash):
            raise UnauthorizedException("Invalid username or password")
        token = self.jwt_service.sign(str(user.id), {"username": user.username})
        return TokenResponseDto(access_token=token, expires_in=self.jwt_service.expires_in)


def get_auth_service(
    users_service: UsersService = Depends(get_users_service),
    hashing_service: HashingService = Depends(get_hashing_service),
    jwt_service: JwtService = Depends(get_jwt_service),
) -> AuthService:
    return AuthService(users_service, hashing_service, jwt_service)
