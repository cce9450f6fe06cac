from datetime import datetime, timedelta, timezone
from typing import Annotated

import bcrypt
import jwt
from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog.deps import AppConfig, CurrentUser, DbSession, abort
from blog.models import User
from blog.schemas import TokenOut, UserCreate, UserOut

auth_bp = APIRouter(prefix="/auth", tags=["auth"])


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt()).decode("ascii")


def check_password(password: str, password_hash: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), password_hash.encode("ascii"))


@auth_bp.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def register(data: UserCreate, session: DbSession) -> User:
    user = User(username=data.username, password_hash=hash_password(data.password))
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        abort(409, "Username already taken")
    return user


@auth_bp.post(
    "/login",
    response_model=TokenOut,
    summary="Exchange username/password for a bearer token",
    responses={401: {"description": "Bad credentials"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: DbSession, config: AppConfig
) -> TokenOut:
    user = session.scalar(select(User).where(User.username == form.username))
    if user is None or not check_password(form.password, user.password_hash):
        abort(401, "Invalid username or password")
    assert user is not None
    expires = datetime.now(timezone.utc) + timedelta(minutes=config.JWT_EXPIRES_MINUTES)
    token = jwt.encode(
        {"sub": str(user.id), "exp": expires}, config.SECRET_KEY, algorithm=config.JWT_ALGORITHM
    )
    return TokenOut(access_token=token)


@auth_bp.get("/me", response_model=UserOut, summary="The logged-in user")
def me(user: CurrentUser) -> User:
    return user
