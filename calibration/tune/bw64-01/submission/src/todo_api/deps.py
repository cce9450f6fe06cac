"""Request-scoped dependencies: settings and the authenticated user."""

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from todo_api.config import Settings
from todo_api.domain import UserId
from todo_api.security import read_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def unauthorized(detail: str = "Could not validate credentials") -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def current_user_id(
    token: Annotated[str, Depends(oauth2_scheme)], settings: SettingsDep
) -> UserId:
    match read_token(token, secret=settings.jwt_secret):
        case None:
            raise unauthorized()
        case user_id:
            return user_id


CurrentUser = Annotated[UserId, Depends(current_user_id)]
