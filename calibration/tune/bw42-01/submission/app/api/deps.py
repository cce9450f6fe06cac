from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from app.data.repository import TodoRepository, UserRepository
from app.domain import User
from app.security import PasswordHasher, TokenService

oauth2Scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def provideUserRepository(request: Request) -> UserRepository:
    return request.app.state.userRepository


def provideTodoRepository(request: Request) -> TodoRepository:
    return request.app.state.todoRepository


def provideTokenService(request: Request) -> TokenService:
    return request.app.state.tokenService


def providePasswordHasher(request: Request) -> PasswordHasher:
    return request.app.state.passwordHasher


async def currentUser(
    token: Annotated[str, Depends(oauth2Scheme)],
    tokens: Annotated[TokenService, Depends(provideTokenService)],
    users: Annotated[UserRepository, Depends(provideUserRepository)],
) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    userId = tokens.userIdFrom(token)
    if userId is None:
        raise unauthorized
    user = await users.findById(userId)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(currentUser)]
Todos = Annotated[TodoRepository, Depends(provideTodoRepository)]
