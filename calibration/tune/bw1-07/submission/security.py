import os
import secrets
from datetime import datetime, timedelta, timezone

import bcrypt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from store import User, db

TOKEN_LIFETIME = timedelta(minutes=int(os.getenv("TOKEN_LIFETIME_MINUTES", "60")))

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="auth/token")


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def check_password(password: str, password_hash: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), password_hash)


def issue_token(username: str) -> str:
    # random opaque token, not a JWT, so there is no secret key to manage
    token = secrets.token_urlsafe(32)
    db.tokens[token] = (username, datetime.now(timezone.utc) + TOKEN_LIFETIME)
    return token


async def get_current_user(token: str = Depends(oauth2_scheme)) -> User:
    error = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    entry = db.tokens.get(token)
    if entry is None:
        raise error
    username, expires_at = entry
    if expires_at < datetime.now(timezone.utc):
        db.tokens.pop(token, None)
        raise error
    user = db.get_user(username)
    if user is None:
        raise error
    return user
