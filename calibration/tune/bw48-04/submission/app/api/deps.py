"""
Reusable dependencies.

FastAPI's dependency injection is one of its best features: instead of
repeating "open a session", "read the token", "check the page size" in
every route, we declare them once here and ask for them with Depends().
"""
from dataclasses import dataclass
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.core.security import decode_access_token
from app.crud.user import get_user
from app.db.session import get_db
from app.models import User

# tokenUrl tells Swagger UI where the "Authorize" button should log in.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

# Annotated aliases keep the route signatures short and readable.
SessionDep = Annotated[Session, Depends(get_db)]
TokenDep = Annotated[str, Depends(oauth2_scheme)]


def get_current_user(db: SessionDep, token: TokenDep) -> User:
    """
    Turn the bearer token into a User, or answer 401.

    Note: OAuth2PasswordBearer already answers 401 when the header is missing.
    """
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = decode_access_token(token)
        user_id = int(payload["sub"])
    except (jwt.InvalidTokenError, KeyError, ValueError):
        raise credentials_exception

    user = get_user(db, user_id)
    if user is None:
        # The token is valid but the account no longer exists.
        raise credentials_exception
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


@dataclass
class Pagination:
    limit: int
    offset: int


def pagination(
    # ge/le make FastAPI reject out-of-range values with a 422 for us.
    limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 10,
    offset: Annotated[int, Query(ge=0, description="Number of items to skip")] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)


PaginationDep = Annotated[Pagination, Depends(pagination)]
