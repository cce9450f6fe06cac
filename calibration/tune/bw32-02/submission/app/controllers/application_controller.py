"""Shared controller bits: authentication, pagination params, 'rescue_from' handlers."""

from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.config import settings
from app.db import get_db
from app.models import RecordInvalid, RecordNotFound, User

ALGORITHM = "HS256"

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/session")

DB = Annotated[Session, Depends(get_db)]


def issue_token(user: User) -> str:
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user.id),
        "iat": now,
        "exp": now + timedelta(minutes=settings().token_ttl_minutes),
    }
    return jwt.encode(payload, settings().secret_key_base, algorithm=ALGORITHM)


def authenticate_user(db: DB, token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    """before_action :authenticate_user!"""
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, settings().secret_key_base, algorithms=[ALGORITHM])
        user_id = int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise unauthorized
    user = db.get(User, user_id)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(authenticate_user)]


class Pagination:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
        offset: Annotated[int, Query(ge=0, description="Records to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


Page = Annotated[Pagination, Depends()]


# rescue_from ------------------------------------------------------------------

async def record_not_found(request: Request, exc: RecordNotFound) -> JSONResponse:
    return JSONResponse(status_code=404, content={"detail": str(exc)})


async def record_invalid(request: Request, exc: RecordInvalid) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": "Validation failed", "errors": exc.errors})
