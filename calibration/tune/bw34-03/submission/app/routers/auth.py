from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import select

from app.config import Settings, get_settings
from app.models import ErrorResponse, Token, User, UserCreate, UserRead
from app.security import (
    CREDENTIALS_EXCEPTION,
    CurrentUser,
    DbSession,
    create_access_token,
    hash_password,
    verify_password,
)

router = APIRouter(prefix="/auth", tags=["auth"])

# Used so that a login for an unknown user costs the same as a wrong password.
_DUMMY_HASH = hash_password("dummy-password-for-timing")


@router.post(
    "/register",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorResponse, "description": "Username already exists"}},
)
def register(user_in: UserCreate, session: DbSession) -> User:
    existing = session.exec(select(User).where(User.username == user_in.username)).first()
    if existing is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already exists")
    user = User(username=user_in.username, hashed_password=hash_password(user_in.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    responses={401: {"model": ErrorResponse, "description": "Bad username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: DbSession,
    settings: Annotated[Settings, Depends(get_settings)],
) -> Token:
    user = session.exec(select(User).where(User.username == form.username)).first()
    if user is None:
        verify_password(form.password, _DUMMY_HASH)
        raise CREDENTIALS_EXCEPTION
    if not verify_password(form.password, user.hashed_password):
        raise CREDENTIALS_EXCEPTION
    return Token(access_token=create_access_token(user.id, settings))  # type: ignore[arg-type]


@router.get("/me", response_model=UserRead, responses={401: {"model": ErrorResponse}})
def me(current_user: CurrentUser) -> User:
    return current_user
