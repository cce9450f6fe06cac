from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from app import repository
from app.db import get_connection
from app.security import token_digest

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

Connection = Annotated[sqlite3.Connection, Depends(get_connection)]


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str


def get_current_user(token: Annotated[str, Depends(oauth2_scheme)], conn: Connection) -> CurrentUser:
    row = repository.get_user_for_token(conn, token_digest(token), datetime.now(UTC))
    if row is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return CurrentUser(id=row["id"], username=row["username"])


AuthenticatedUser = Annotated[CurrentUser, Depends(get_current_user)]
