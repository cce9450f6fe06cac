from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from blog_api.common.exceptions import UnauthorizedException
from blog_api.modules.auth.jwt_service import JwtService, get_jwt_service
from blog_api.modules.users.user_entity import User
from blog_api.modules.users.users_service import UsersService, get_users_service

bearer_scheme = HTTPBearer(auto_error=False, description="JWT returned by POST /auth/login")


async def jwt_auth_guard(
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer_scheme),
    jwt_service: JwtService = Depends(get_jwt_service),
    users_service: UsersService = Depends(get_users_service),
) -> User:
    if credentials is None:
        raise UnauthorizedException("Missing bearer token")

    payload = jwt_service.verify(credentials.credentials)
    user = await users_service.find_by_id(int(payload["sub"]))
    if user is None:
        raise UnauthorizedException("User no longer exists")
    return user
