"""Authentication concern: token issuing plus the `current_user` helper every controller uses."""

from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.config import settings
from app.config.database import get_db
from app.models import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/session")


def issue_token(user: User) -> str:
    expires_at = datetime.now(timezone.utc) + timedelta(minutes=settings.TOKEN_TTL_MINUTES)
    claims = {"sub": str(user.id), "exp": expires_at}
    return jwt.encode(claims, settings.SECRET_KEY_BASE, algorithm=settings.JWT_ALGORITHM)


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    db: Annotated[Session, Depends(get_db)],
) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        claims = jwt.decode(token, settings.SECRET_KEY_BASE, algorithms=[settings.JWT_ALGORITHM])
        user_id = int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise unauthorized

    user = User.find_by(db, id=user_id)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(current_user)]
DB = Annotated[Session, Depends(get_db)]
