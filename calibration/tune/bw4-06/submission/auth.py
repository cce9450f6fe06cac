"""Password hashing and JWT handling."""

import logging
import os
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from passlib.context import CryptContext

import db

log = logging.getLogger(__name__)

JWT_SECRET = os.environ.get("BLOG_JWT_SECRET")
if not JWT_SECRET:
    log.warning("BLOG_JWT_SECRET not set; using a random key, tokens die on restart")
    JWT_SECRET = secrets.token_hex(32)
JWT_ALGORITHM = "HS256"
TOKEN_TTL = timedelta(minutes=int(os.environ.get("BLOG_TOKEN_TTL_MINUTES", "60")))

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def hash_password(password: str) -> str:
    return pwd_context.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    return pwd_context.verify(password, password_hash)


def create_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + TOKEN_TTL}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM)


def current_user_id(
    token: Annotated[str, Depends(oauth2_scheme)],
    conn: Annotated[sqlite3.Connection, Depends(db.get_conn)],
) -> int:
    error = HTTPException(
        status.HTTP_401_UNAUTHORIZED, "Invalid or expired token", {"WWW-Authenticate": "Bearer"}
    )
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])
        user_id = int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise error from None
    if conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone() is None:
        raise error
    return user_id
