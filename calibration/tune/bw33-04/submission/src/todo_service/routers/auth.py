from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..db import User
from ..deps import SessionDep, SettingsDep
from ..metrics import AUTH_FAILURES
from ..schemas import Problem, TokenResponse, UserCreate, UserRead
from ..security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserRead,
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
    response_model=TokenResponse,
    summary="Exchange username/password for a bearer token (OAuth2 password flow)",
    responses={401: {"model": Problem, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> TokenResponse:
    user = await session.scalar(select(User).where(User.username == form.username))
    if not await verify_password(form.password, user.password_hash if user else None) or user is None:
        AUTH_FAILURES.labels("bad_credentials").inc()
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token, ttl = create_access_token(user.id, settings)
    return TokenResponse(access_token=token, expires_in=ttl)
