"""Plugs for authentication, as FastAPI dependencies."""

from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blog import accounts
from blog.repo import get_session
from blog.schema import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

Session = Annotated[AsyncSession, Depends(get_session)]


async def fetch_current_user(
    session: Session, token: Annotated[str, Depends(oauth2_scheme)]
) -> User:
    match await accounts.get_user_by_session_token(session, token):
        case User() as user:
            return user
        case None:
            raise HTTPException(
                status_code=status.HTTP_401_UNAUTHORIZED,
                detail="Invalid or expired token",
                headers={"WWW-Authenticate": "Bearer"},
            )


CurrentUser = Annotated[User, Depends(fetch_current_user)]
