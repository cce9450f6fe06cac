"""FastAPI dependencies and the ``Annotated`` aliases the routers use."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Final, TypeAlias, cast

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from quill.db import Database
from quill.models import User
from quill.security import InvalidTokenError, decode_access_token
from quill.settings import Settings

DEFAULT_PAGE_SIZE: Final = 20
MAX_PAGE_SIZE: Final = 100

oauth2_scheme: Final = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_app_settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


def get_session(request: Request) -> Iterator[Session]:
    database = cast(Database, request.app.state.database)
    with database.session() as session:
        yield session


SettingsDep: TypeAlias = Annotated[Settings, Depends(get_app_settings)]
SessionDep: TypeAlias = Annotated[Session, Depends(get_session)]


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    session: SessionDep,
    settings: SettingsDep,
) -> User:
    try:
        user_id = decode_access_token(token, settings)
    except InvalidTokenError:
        raise _unauthorized() from None
    user = session.get(User, user_id)
    if user is None:
        raise _unauthorized()
    return user


CurrentUser: TypeAlias = Annotated[User, Depends(get_current_user)]


@dataclass(frozen=True, slots=True)
class Pagination:
    limit: int
    offset: int


def pagination(
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size (1-100).")
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Number of items to skip.")] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)


PaginationDep: TypeAlias = Annotated[Pagination, Depends(pagination)]
