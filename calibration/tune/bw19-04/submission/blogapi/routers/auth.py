from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blogapi.deps import CurrentUser, SessionDep, SettingsDep
from blogapi.models import User
from blogapi.schemas import Token, UserCreate, UserRead
from blogapi.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"description": "The username is already taken"}},
)
async def register(body: UserCreate, session: SessionDep) -> User:
    user = User(username=body.username, password_hash=await hash_password(body.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    description="Exchange a username and password (form-encoded) for a bearer access token.",
    responses={status.HTTP_401_UNAUTHORIZED: {"description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    # Verify even when the user is unknown, so timing does not reveal valid usernames.
    valid = await verify_password(form.password, user.password_hash if user else None)
    if user is None or not valid:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    ttl = timedelta(minutes=settings.access_token_ttl_minutes)
    token = create_access_token(
        user.id,
        secret=settings.secret_key.get_secret_value(),
        algorithm=settings.jwt_algorithm,
        ttl=ttl,
    )
    return Token(access_token=token, expires_in=int(ttl.total_seconds()))


@router.get(
    "/me",
    response_model=UserRead,
    summary="The authenticated user",
    responses={status.HTTP_401_UNAUTHORIZED: {"description": "Missing or invalid token"}},
)
async def me(user: CurrentUser) -> User:
    return user
