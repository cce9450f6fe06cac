"""Password hashing, tokens and the "who is calling?" dependency."""

from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from pwdlib import PasswordHash
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import ACCESS_TOKEN_EXPIRE_MINUTES, ALGORITHM, SECRET_KEY
from app.database import get_db
from app.models import User

password_hash = PasswordHash.recommended()  # Argon2id

oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="auth/token",
    description="Sign in with your username and password to get a bearer token.",
)


def hash_password(password: str) -> str:
    """Return a salted Argon2 hash of `password`."""
    return password_hash.hash(password)


def verify_password(password: str, hashed: str) -> bool:
    """Check `password` against a stored hash."""
    return password_hash.verify(password, hashed)


def create_access_token(username: str) -> str:
    """Create a signed JWT that identifies `username`."""
    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"sub": username, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


def get_user_by_username(db: Session, username: str) -> User | None:
    """Look a user up by username, or return `None`."""
    return db.scalars(select(User).where(User.username == username)).first()


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    db: Annotated[Session, Depends(get_db)],
) -> User:
    """Resolve the bearer token to a user, or answer `401 Unauthorized`."""
    credentials_error = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Your session is missing or has expired. Please sign in again.",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.InvalidTokenError:
        raise credentials_error
    username = payload.get("sub")
    if not isinstance(username, str):
        raise credentials_error
    user = get_user_by_username(db, username)
    if user is None:
        raise credentials_error
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
DbSession = Annotated[Session, Depends(get_db)]
