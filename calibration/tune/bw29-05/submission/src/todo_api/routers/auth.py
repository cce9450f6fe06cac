"""Accounts: registration and login (OAuth2 password flow)."""
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..dependencies import CurrentUser, SessionDep, SettingsDep
from ..models import User
from ..schemas import ErrorMessage, Token, UserCreate, UserRead
from ..security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorMessage, "description": "Username already taken"}},
)
async def register(payload: UserCreate, session: SessionDep) -> User:
    """Register a new user. The password is stored only as an Argon2 hash."""
    user = User(username=payload.username, password_hash=await hash_password(payload.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        # The UNIQUE constraint is the source of truth: checking "does the
        # name exist?" first and inserting afterwards would race with a
        # concurrent registration of the same name.
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and receive a bearer token",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorMessage, "description": "Wrong credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    """OAuth2 password flow: send ``username`` and ``password`` as form fields."""
    user = await session.scalar(select(User).where(User.username == form.username))
    password_ok = await verify_password(form.password, user.password_hash if user else None)
    if user is None or not password_ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))


@router.get(
    "/me",
    response_model=UserRead,
    summary="Who am I?",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorMessage}},
)
async def me(user: CurrentUser) -> User:
    """Return the account the token belongs to (handy to check a token works)."""
    return user
