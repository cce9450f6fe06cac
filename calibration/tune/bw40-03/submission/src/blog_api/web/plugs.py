"""Request-level dependencies shared by the controllers."""
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blog_api import accounts
from blog_api.accounts import User
from blog_api.repo import get_session
from blog_api.result import Err, Ok
from blog_api.web.fallback import to_http

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_ID = 2_147_483_647  # keeps ids inside a Postgres INTEGER / SQLite int64

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

SessionDep = Annotated[AsyncSession, Depends(get_session)]
PostId = Annotated[int, Path(ge=1, le=MAX_ID, description="Post id")]


async def current_user(session: SessionDep, token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    match await accounts.user_from_token(session, token):
        case Ok(user):
            return user
        case Err(reason):
            raise to_http(reason)


CurrentUser = Annotated[User, Depends(current_user)]


@dataclass(frozen=True, slots=True)
class PageParams:
    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_ID, description="Records to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


Pagination = Annotated[PageParams, Depends(page_params)]
