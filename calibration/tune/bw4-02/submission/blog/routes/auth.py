import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.config import Settings
from blog.deps import CurrentUserId, Db, get_settings, oauth2_scheme
from blog.schemas import ErrorOut, TokenOut, UserCreate, UserOut
from blog.security import hash_password, issue_token, revoke_token, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}


def _user_out(row: sqlite3.Row) -> UserOut:
    return UserOut(id=row["id"], username=row["username"], created_at=row["created_at"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
    summary="Create an account",
)
def signup(body: UserCreate, db: Db) -> UserOut:
    now = datetime.now(UTC).isoformat()
    try:
        with db:
            cur = db.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (body.username, hash_password(body.password), now),
            )
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserOut(id=cur.lastrowid, username=body.username, created_at=now)


@router.post(
    "/token",
    response_model=TokenOut,
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
    summary="Log in (OAuth2 password flow) and receive an opaque bearer token",
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: Db,
    settings: Annotated[Settings, Depends(get_settings)],
) -> TokenOut:
    row = db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if not verify_password(form.password, row["password_hash"] if row else None):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = issue_token(db, row["id"], timedelta(hours=settings.token_ttl_hours))
    return TokenOut(access_token=token)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=UNAUTHORIZED,
    summary="Revoke the current token",
)
def logout(
    user_id: CurrentUserId, db: Db, token: Annotated[str, Depends(oauth2_scheme)]
) -> Response:
    revoke_token(db, token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", response_model=UserOut, responses=UNAUTHORIZED, summary="The current user")
def me(user_id: CurrentUserId, db: Db) -> UserOut:
    row = db.execute(
        "SELECT id, username, created_at FROM users WHERE id = ?", (user_id,)
    ).fetchone()
    return _user_out(row)
