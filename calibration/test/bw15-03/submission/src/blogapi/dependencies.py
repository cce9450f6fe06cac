"""FastAPI dependencies shared by the route modules."""

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from . import persistence, security

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


def get_session(request: Request):
    """Yield a session wrapped in a transaction.

    The transaction is committed when the endpoint returns normally and
    rolled back if it raises (including :class:`HTTPException`), so that a
    request is atomic.
    """
    factory = request.app.state.session_factory
    with factory.begin() as session:
        yield session


def get_current_user(
    request: Request,
    session: Annotated[Session, Depends(get_session)],
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> persistence.User:
    """Resolve the bearer token to a :class:`~blogapi.persistence.User`.

    Raises
    ------
    HTTPException
        401 if the token is missing, invalid, expired, or refers to a user
        who no longer exists.
    """
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if token is None:
        raise unauthorized
    try:
        user_id = security.read_token(token, request.app.state.config.secret_key)
    except security.InvalidToken:
        raise unauthorized from None
    user = session.get(persistence.User, user_id)
    if user is None:
        raise unauthorized
    return user


class Pagination:
    """``limit``/``offset`` query parameters with bounds.

    ``limit`` must lie in ``[1, MAX_PAGE_SIZE]`` and ``offset`` must be
    non-negative; violations are rejected by FastAPI with status 422.
    """

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ):
        self.limit = limit
        self.offset = offset


SessionDep = Annotated[Session, Depends(get_session)]
CurrentUser = Annotated[persistence.User, Depends(get_current_user)]
PageDep = Annotated[Pagination, Depends()]
