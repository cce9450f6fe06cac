import os
import secrets

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from .db import pool

TOKEN_TTL_HOURS = int(os.environ.get("TOKEN_TTL_HOURS", "12"))

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

CREDENTIALS_ERROR = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Invalid or expired token",
    headers={"WWW-Authenticate": "Bearer"},
)


def new_session(conn, user_id):
    """Create a session row and return the token. Only its SHA-256 is stored."""
    token = secrets.token_urlsafe(32)
    conn.execute(
        """
        INSERT INTO session_token (token_hash, user_id, expires_at)
        VALUES (digest(%(token)s::text, 'sha256'), %(user_id)s,
                now() + make_interval(hours => %(ttl)s))
        """,
        {"token": token, "user_id": user_id, "ttl": TOKEN_TTL_HOURS},
    )
    return token


async def current_user(token: str = Depends(oauth2_scheme)):
    with pool.connection() as conn:
        row = conn.execute(
            """
            SELECT u.user_id, u.username
              FROM session_token s
              JOIN app_user u ON u.user_id = s.user_id
             WHERE s.token_hash = digest(%(token)s::text, 'sha256')
               AND s.expires_at > now()
            """,
            {"token": token},
        ).fetchone()
    if row is None:
        raise CREDENTIALS_ERROR
    return row
