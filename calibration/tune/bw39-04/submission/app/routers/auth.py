from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db import SessionDep
from app.deps import CurrentUser, SettingsDep
from app.models import User
from app.schemas import ErrorResponse, Token, UserCreate, UserRead
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={409: {"model": ErrorResponse, "description": "Username already taken"}},
)
async def register(payload: UserCreate, session: SessionDep) -> User:
    user = User(username=payload.username, password_hash=await hash_password(payload.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    await session.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Exchange username/password for a bearer token (OAuth2 password flow)",
    responses={401: {"model": ErrorResponse, "description": "Bad credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    ok = await verify_password(user.password_hash if user else None, form.password)
    if user is None or not ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token, expires_in = create_access_token(user.id, settings)
    return Token(access_token=token, expires_in=expires_in)


@router.get(
    "/me",
    response_model=UserRead,
    summary="The authenticated user",
    responses={401: {"model": ErrorResponse}},
)
async def me(user: CurrentUser) -> User:
    return user
