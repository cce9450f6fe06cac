from typing import Annotated

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.core.security import encode_token, hash_password, verify_password
from app.deps import Conn, CurrentUser, SettingsDep
from app.models import SignupRequest, TokenResponse, UserPublic

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserPublic,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Username already exists"}},
)
async def signup(payload: SignupRequest, conn: Conn) -> UserPublic:
    """Create an account."""
    password_hash = await hash_password(payload.password)
    try:
        cur = await conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (payload.username, password_hash),
        )
        await conn.commit()
    except aiosqlite.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already exists") from None
    return UserPublic(id=cur.lastrowid, username=payload.username)


@router.post(
    "/token",
    response_model=TokenResponse,
    responses={401: {"description": "Bad credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn, settings: SettingsDep
) -> TokenResponse:
    """OAuth2 password flow: exchange username + password for a bearer token."""
    async with conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ) as cur:
        row = await cur.fetchone()
    if row is None or not await verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenResponse(access_token=encode_token(row["id"], settings))


@router.get("/me", response_model=UserPublic)
async def me(user: CurrentUser) -> UserPublic:
    """The authenticated user."""
    return user
