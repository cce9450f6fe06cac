from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from todoserve.dependencies import CurrentUser, SessionDep, SettingsDep
from todoserve.models import User
from todoserve.schemas import Problem, Token, UserCreate, UserOut
from todoserve.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

# bcrypt hash of a random value nobody knows. It is verified against when the username does not
# exist, so a login for an unknown user takes as long as one with a wrong password.
_TIMING_DUMMY_HASH = "$2b$12$SFYdxteNKxWwRKfXUHPmsOTu1B3iXIDwSm3t9wEK15lMzwsIi.vru"


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": Problem, "description": "Username already taken"}},
)
async def register(body: UserCreate, session: SessionDep, settings: SettingsDep) -> User:
    user = User(
        username=body.username,
        password_hash=await hash_password(body.password, settings.bcrypt_rounds),
    )
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and obtain a bearer token (OAuth2 password flow)",
    responses={401: {"model": Problem, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    stored_hash = user.password_hash if user is not None else _TIMING_DUMMY_HASH
    password_ok = await verify_password(form.password, stored_hash)
    if user is None or not password_ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))


@router.get(
    "/me",
    response_model=UserOut,
    summary="Show the authenticated user",
    responses={401: {"model": Problem}},
)
async def me(user: CurrentUser) -> User:
    return user
