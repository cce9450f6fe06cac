"""Sign-up and log-in."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import select

from todo_api.database import SessionDep
from todo_api.models import Message, Token, User, UserCreate, UserRead
from todo_api.security import authenticate, create_access_token, hash_password

router = APIRouter(prefix="/auth", tags=["Authentication"])


@router.post(
    "/register",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    description="Registers a new user. The password is stored as an Argon2 hash "
    "and is never returned.",
    responses={409: {"model": Message, "description": "The username is already taken."}},
)
def register(user_in: UserCreate, session: SessionDep):
    existing = session.exec(select(User).where(User.username == user_in.username)).first()
    if existing:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    user = User(username=user_in.username, hashed_password=hash_password(user_in.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in",
    description="Exchanges a username and password (sent as form fields, as the OAuth2 "
    "password flow requires) for a bearer token.",
    responses={401: {"model": Message, "description": "Wrong username or password."}},
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep):
    user = authenticate(session, form.username, form.password)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.username))
