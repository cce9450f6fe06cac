"""Account endpoints: sign-up and login (OAuth2 password flow)."""

import sqlite3
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from ..config import Settings, get_settings
from ..database import get_db
from ..schemas import ErrorResponse, Token, UserCreate, UserRead
from ..security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    description="Registers a new user. The password is stored as a bcrypt hash "
    "and is never returned by any endpoint.",
    responses={409: {"model": ErrorResponse, "description": "Username already taken."}},
)
async def signup(payload: UserCreate, db: sqlite3.Connection = Depends(get_db)) -> UserRead:
    """Create a user account.

    Args:
        payload: Username and password.
        db: Shared database connection.

    Returns:
        The created user (without password).

    Raises:
        HTTPException: 409 if the username already exists.
    """
    created_at = datetime.now(timezone.utc)
    password_hash = hash_password(payload.password)
    try:
        cursor = db.execute(
            "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
            (payload.username, password_hash, created_at.isoformat()),
        )
        db.commit()
    except sqlite3.IntegrityError:
        db.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserRead(id=cursor.lastrowid, username=payload.username, created_at=created_at)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and obtain an access token",
    description="Standard OAuth2 password flow: send `username` and `password` as "
    "form fields (`application/x-www-form-urlencoded`). Use the returned token "
    "as `Authorization: Bearer <token>` on every `/todos` request.",
    responses={401: {"model": ErrorResponse, "description": "Wrong username or password."}},
)
async def login(
    form: OAuth2PasswordRequestForm = Depends(),
    db: sqlite3.Connection = Depends(get_db),
    settings: Settings = Depends(get_settings),
) -> Token:
    """Exchange credentials for a JWT.

    Args:
        form: OAuth2 password-flow form (``username``, ``password``).
        db: Shared database connection.
        settings: Application settings.

    Returns:
        A bearer token and its lifetime in seconds.

    Raises:
        HTTPException: 401 on unknown user or wrong password (same message for
            both, so the endpoint cannot be used to enumerate accounts).
    """
    row = db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or not verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(row["id"], settings),
        expires_in=settings.token_ttl_minutes * 60,
    )
