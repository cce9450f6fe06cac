from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog.dependencies import AppSettings, CurrentUser, DbSession
from blog.models import User
from blog.schemas import ErrorOut, Token, UserCreate, UserOut
from blog.security import check_password, create_access_token, hash_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username taken"}},
)
async def register(payload: UserCreate, session: DbSession) -> User:
    user = User(username=payload.username, password_hash=hash_password(payload.password))
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Exchange username and password for a bearer token",
    responses={401: {"model": ErrorOut, "description": "Bad credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: DbSession, settings: AppSettings
) -> Token:
    user = session.scalar(select(User).where(User.username == form.username))
    if user is None or not check_password(form.password, user.password_hash):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = create_access_token(
        user.username,
        settings.resolved_secret_key(),
        settings.jwt_algorithm,
        settings.access_token_minutes,
    )
    return Token(access_token=token)


@router.get("/me", response_model=UserOut, summary="The authenticated user")
async def me(user: CurrentUser) -> User:
    return user
