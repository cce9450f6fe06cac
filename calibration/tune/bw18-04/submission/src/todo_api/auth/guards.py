from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from todo_api.auth.service import AuthServiceDep
from todo_api.users.entities import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)], auth: AuthServiceDep) -> User:
    return await auth.user_from_token(token)


CurrentUser = Annotated[User, Depends(get_current_user)]
