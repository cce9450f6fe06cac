import hashlib
import secrets
from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db import get_db
from .models import AuthToken, User

bearer_scheme = HTTPBearer(auto_error=False, description="Token obtained from POST /auth/login")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(db: Session, user: User, ttl: timedelta) -> tuple[str, AuthToken]:
    token = secrets.token_hex(32)
    now = datetime.now(timezone.utc)
    instance = AuthToken(digest=_digest(token), user_id=user.id, created_at=now, expiry=now + ttl)
    db.add(instance)
    # housekeeping, like knox's cleanup of expired tokens on login
    db.execute(delete(AuthToken).where(AuthToken.user_id == user.id, AuthToken.expiry < now))
    db.commit()
    return token, instance


def revoke_token(db: Session, token: str) -> None:
    db.execute(delete(AuthToken).where(AuthToken.digest == _digest(token)))
    db.commit()


def _not_authenticated(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    db: Annotated[Session, Depends(get_db)],
) -> User:
    """TokenAuthentication + IsAuthenticated."""
    if credentials is None:
        raise _not_authenticated("Authentication credentials were not provided.")
    row = db.execute(
        select(User, AuthToken.expiry)
        .join(AuthToken, AuthToken.user_id == User.id)
        .where(AuthToken.digest == _digest(credentials.credentials))
    ).first()
    if row is None:
        raise _not_authenticated("Invalid token.")
    user, expiry = row
    if expiry <= datetime.now(timezone.utc):
        raise _not_authenticated("Token has expired.")
    if not user.is_active:
        raise _not_authenticated("User inactive or deleted.")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
