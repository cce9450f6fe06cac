from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError

from app.auth import DB, create_access_token, find_user_by_username
from app.models import User
from app.schemas import ErrorOut, Token, UserCreate, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Sign up",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def register(params: UserCreate, db: DB) -> User:
    if find_user_by_username(db, params.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")

    user = User(username=params.username)
    user.password = params.password
    db.add(user)
    try:
        db.commit()
    except IntegrityError:
        # Two sign-ups raced past the check above; the unique index decides.
        db.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    db.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"model": ErrorOut, "description": "Bad username or password"}},
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> Token:
    user = find_user_by_username(db, form.username)
    if user is None or not user.authenticate(form.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user))
