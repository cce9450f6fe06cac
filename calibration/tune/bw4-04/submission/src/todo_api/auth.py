"""HTTP Basic authentication (RFC 7617).

Every protected request carries the username and password; there is no session state.
"""

from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from .db import Conn
from .passwords import hash_password, verify_password
from .schemas import User

basic = HTTPBasic(auto_error=False)

# Checked against when the username is unknown, so both failures cost the same time.
_DUMMY_HASH = hash_password("not-a-real-password")

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Invalid or missing credentials",
    headers={"WWW-Authenticate": 'Basic realm="todo"'},
)


def current_user(
    conn: Conn, credentials: Annotated[HTTPBasicCredentials | None, Depends(basic)]
) -> User:
    if credentials is None:
        raise _UNAUTHORIZED
    row = conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?",
        (credentials.username,),
    ).fetchone()
    stored = row["password_hash"] if row is not None else _DUMMY_HASH
    if not verify_password(credentials.password, stored) or row is None:
        raise _UNAUTHORIZED
    return User(id=row["id"], username=row["username"])


CurrentUser = Annotated[User, Depends(current_user)]
