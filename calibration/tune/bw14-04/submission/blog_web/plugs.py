"""Dependencies, named after the Phoenix plugs they replace."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blog import accounts
from blog.models import User
from blog.repo import session_scope
from blog_web.fallback import error

MAX_LIMIT = 100
DEFAULT_LIMIT = 20

_bearer = HTTPBearer(auto_error=False, description="Token from POST /session")


async def db_session(request: Request) -> AsyncIterator[AsyncSession]:
    async for session in session_scope(request.app.state.sessionmaker):
        yield session


Session = Annotated[AsyncSession, Depends(db_session)]


async def require_authenticated_user(
    request: Request,
    session: Session,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    secret = request.app.state.config.secret_key_base
    match await accounts.fetch_user_by_token(session, secret, credentials.credentials):
        case ("ok", user):
            return user
        case ("error", reason):
            raise error(reason)


CurrentUser = Annotated[User, Depends(require_authenticated_user)]


def pagination(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, int]:
    return {"limit": limit, "offset": offset}


Pagination = Annotated[dict[str, int], Depends(pagination)]
