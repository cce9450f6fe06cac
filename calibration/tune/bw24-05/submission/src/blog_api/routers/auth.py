from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog_api.db import User
from blog_api.deps import CurrentUser, SessionDep, SettingsDep
from blog_api.schemas import ErrorOut, Token, UserCreate, UserOut
from blog_api.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
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
    summary="Log in with the OAuth2 password flow",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep, settings: SettingsDep
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    if not await verify_password(form.password, user.password_hash if user else None) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))


@router.get("/me", response_model=UserOut, summary="Current user", responses={401: {"model": ErrorOut}})
async def me(user: CurrentUser) -> User:
    return user
