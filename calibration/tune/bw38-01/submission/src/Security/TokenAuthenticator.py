from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

import jwt

from config.services import get_jwt_manager, get_user_repository
from src.Entity.User import User
from src.Repository.UserRepository import UserRepository
from src.Security.JWTTokenManager import JWTTokenManager

bearer = HTTPBearer(auto_error=False, description="JWT obtained from POST /api/login_check")


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=message,
        headers={"WWW-Authenticate": "Bearer"},
    )


def getUser(
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
    users: UserRepository = Depends(get_user_repository),
    tokens: JWTTokenManager = Depends(get_jwt_manager),
) -> User:
    """Equivalent of the `jwt` firewall: resolves the authenticated user or answers 401."""
    if credentials is None:
        raise _unauthorized("JWT Token not found")

    try:
        payload = tokens.parse(credentials.credentials)
    except jwt.ExpiredSignatureError:
        raise _unauthorized("Expired JWT Token")
    except jwt.InvalidTokenError:
        raise _unauthorized("Invalid JWT Token")

    username = payload.get("username")
    if not isinstance(username, str):
        raise _unauthorized("Invalid JWT Token")

    user = users.findOneByUsername(username)
    if user is None:
        raise _unauthorized("Invalid credentials.")

    return user
