from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import select

from blog.auth import CurrentUser, DbSession, authenticate, create_access_token, make_password
from blog.models import User
from blog.serializers import Token, UserCreate, UserRead

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.post(
    "/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def signup(data: UserCreate, session: DbSession) -> User:
    if session.exec(select(User).where(User.username == data.username)).first():
        raise HTTPException(status.HTTP_409_CONFLICT, "A user with that username already exists.")
    user = User(username=data.username, password=make_password(data.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"description": "Bad credentials"}},
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: DbSession) -> Token:
    user = authenticate(session, form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user))


@router.get("/me", response_model=UserRead, summary="The logged-in user")
def me(user: CurrentUser) -> User:
    return user
