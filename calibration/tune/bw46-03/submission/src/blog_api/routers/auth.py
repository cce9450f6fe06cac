from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog_api.db import SessionDep
from blog_api.deps import CurrentUser, SettingsDep
from blog_api.models import User
from blog_api.schemas import ErrorOut, Token, UserCreate, UserOut
from blog_api.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

_UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}}


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def register(body: UserCreate, session: SessionDep) -> User:
    taken = await session.scalar(select(User.id).where(User.username == body.username))
    if taken is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    user = User(username=body.username, password_hash=await hash_password(body.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:  # lost a race with a concurrent registration
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    # Always run a hash verification so response time doesn't reveal which usernames exist.
    valid = await verify_password(form.password, user.password_hash if user else None)
    if user is None or not valid:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token, expires_in = create_access_token(user.id, settings)
    return Token(access_token=token, expires_in=expires_in)


@router.get("/me", response_model=UserOut, summary="The logged-in user", responses=_UNAUTHORIZED)
async def me(user: CurrentUser) -> User:
    return user
