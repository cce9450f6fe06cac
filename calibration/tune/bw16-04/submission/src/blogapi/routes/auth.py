import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from ..config import settings
from ..db import get_db
from ..schemas import SignupIn, TokenOut, UserOut
from ..security import CurrentUser, hash_password, issue_session, oauth2_scheme, revoke_session, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

Conn = Annotated[sqlite3.Connection, Depends(get_db)]


@router.post("/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def signup(body: SignupIn, conn: Conn) -> UserOut:
    password_hash = hash_password(body.password)
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (body.username, password_hash)
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username is not available") from None
    return UserOut(id=cur.lastrowid, username=body.username)


@router.post("/token", response_model=TokenOut)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> TokenOut:
    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username[:64],)
    ).fetchone()
    if not verify_password(form.password[:256], row["password_hash"] if row else None):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Invalid username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = issue_session(conn, row["id"])
    return TokenOut(access_token=token, expires_in=settings.session_ttl_seconds)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    user: CurrentUser, conn: Conn, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Response:
    revoke_session(conn, token or "")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
