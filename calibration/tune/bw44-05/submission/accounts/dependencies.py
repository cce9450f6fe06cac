from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from accounts.managers import UserManager
from accounts.models import User
from accounts.tokens import decode_access_token
from core.db import DbSession

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/token")


def get_user_manager(db: DbSession) -> UserManager:
    return UserManager(db)


Users = Annotated[UserManager, Depends(get_user_manager)]


def get_current_user(token: Annotated[str, Depends(oauth2_scheme)], users: Users) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired credentials.",
        headers={"WWW-Authenticate": "Bearer"},
    )
    user_id = decode_access_token(token)
    if user_id is None:
        raise unauthorized
    user = users.get(user_id)
    if user is None or not user.is_active:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
