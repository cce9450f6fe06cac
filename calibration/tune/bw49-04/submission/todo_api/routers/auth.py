"""Sign-up and log-in (OAuth2 password flow)."""
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from todo_api.dependencies import SessionDep
from todo_api.models import User
from todo_api.schemas import ErrorMessage, Token, UserCreate, UserRead
from todo_api.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorMessage, "description": "Username already taken"}},
)
async def signup(data: UserCreate, session: SessionDep) -> UserRead:
    user = User(username=data.username, password_hash=await hash_password(data.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        # The UNIQUE constraint is the single source of truth: no race between check and insert.
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserRead.model_validate(user)


@router.post(
    "/token",
    summary="Log in and receive a bearer token",
    responses={401: {"model": ErrorMessage, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    if user is None or not await verify_password(form.password, user.password_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id))
