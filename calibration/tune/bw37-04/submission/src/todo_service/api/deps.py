"""Request-level dependencies shared by the routers."""

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from ..application.services import AuthService, TodoService
from ..container.fastapi import Inject
from ..domain.models import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")

Auth = Annotated[AuthService, Inject(AuthService)]
Todos = Annotated[TodoService, Inject(TodoService)]


async def current_user(token: Annotated[str, Depends(oauth2_scheme)], auth: Auth) -> User:
    # Runs on every authenticated request: resolve it on the event loop and
    # skip the threadpool hop a sync dependency would cost.
    return auth.authenticate(token)


CurrentUser = Annotated[User, Depends(current_user)]
