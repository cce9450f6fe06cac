"""Shared controller helpers (think ApplicationController)."""

from fastapi import Depends, HTTPException, status
from fastapi.security import APIKeyHeader
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import User

token_header = APIKeyHeader(
    name="Authorization",
    auto_error=False,
    description="`Token <api_token>` (`Bearer <api_token>` works too)",
)


async def current_user(header: str | None = Depends(token_header), db: Session = Depends(get_db)):
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() not in ("token", "bearer") or not token:
        return None
    # Rails clients send `Token token="abc"`
    token = token.removeprefix("token=").strip('"')
    return User.find_by(db, api_token=token)


async def authenticate_user(user: User | None = Depends(current_user)) -> User:
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Not authenticated",
            headers={"WWW-Authenticate": 'Token realm="Application"'},
        )
    return user


def authorize(allowed: bool):
    if not allowed:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You are not allowed to do that")
