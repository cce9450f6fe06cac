from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.deps import SessionDep, SettingsDep
from app.models import User
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses={409: {"model": ErrorOut, "description": "Username taken"}},
    summary="Create an account",
)
async def signup(body: UserCreate, session: SessionDep) -> User:
    user = User(username=body.username.lower(), password_hash=await hash_password(body.password))
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
    responses={401: {"model": ErrorOut, "description": "Bad credentials"}},
    summary="Exchange username and password for a bearer token",
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username.lower()))
    ok = await verify_password(user.password_hash if user is not None else None, form.password)
    if not ok or user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(user.id, settings),
        expires_in=settings.access_token_ttl_seconds,
    )
