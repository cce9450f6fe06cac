"""Shared FastAPI dependencies (authentication)."""

import sqlite3

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from ..config import Settings, get_settings
from ..database import get_db
from ..security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Could not validate credentials",
    headers={"WWW-Authenticate": "Bearer"},
)


async def get_current_user_id(
    token: str = Depends(oauth2_scheme),
    db: sqlite3.Connection = Depends(get_db),
    settings: Settings = Depends(get_settings),
) -> int:
    """Resolve the bearer token to the id of an existing user.

    Args:
        token: Extracted from the ``Authorization`` header by ``oauth2_scheme``
            (which already answers 401 if the header is missing).
        db: Shared database connection.
        settings: Application settings.

    Returns:
        The authenticated user's id.

    Raises:
        HTTPException: 401 if the token is invalid, expired, or refers to a
            user that no longer exists.
    """
    user_id = decode_access_token(token, settings)
    if user_id is None:
        raise _UNAUTHORIZED
    row = db.execute("SELECT id FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise _UNAUTHORIZED
    return user_id
