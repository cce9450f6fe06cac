"""FastAPI dependencies: settings, DB session, current user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, cast

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .db import User
from .errors import Unauthorized, into_http
from .result import Err, Ok
from .security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


def get_session(request: Request) -> Iterator[Session]:
    factory = cast("sessionmaker[Session]", request.app.state.session_factory)
    with factory() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    session: SessionDep,
    settings: SettingsDep,
) -> User:
    match decode_access_token(token, settings.jwt_secret):
        case Err(error=error):
            raise into_http(error)
        case Ok(value=user_id):
            user = session.get(User, user_id)
            if user is None:
                raise into_http(Unauthorized("user no longer exists"))
            return user


CurrentUser = Annotated[User, Depends(get_current_user)]
