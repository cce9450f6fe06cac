from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.db import get_session
from todo_api.models import User
from todo_api.security import PasswordService, TokenService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)


async def get_passwords(request: Request) -> PasswordService:
    passwords: PasswordService = request.app.state.passwords
    return passwords


async def get_tokens(request: Request) -> TokenService:
    tokens: TokenService = request.app.state.tokens
    return tokens


SessionDep = Annotated[AsyncSession, Depends(get_session)]
PasswordsDep = Annotated[PasswordService, Depends(get_passwords)]
TokensDep = Annotated[TokenService, Depends(get_tokens)]


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def get_current_user(
    token: Annotated[str | None, Depends(oauth2_scheme)],
    session: SessionDep,
    tokens: TokensDep,
) -> User:
    if token is None:
        raise unauthorized("Not authenticated")
    user_id = tokens.user_id(token)
    if user_id is None:
        raise unauthorized("Invalid or expired token")
    user = await session.get(User, user_id)
    if user is None:
        raise unauthorized("Invalid or expired token")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
