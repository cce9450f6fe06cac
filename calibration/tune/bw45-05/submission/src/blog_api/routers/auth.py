from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog_api.deps import SessionDep, SettingsDep
from blog_api.models import User
from blog_api.schemas import Problem, Token, UserCreate, UserRead
from blog_api.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

# Checked when the username is unknown so both failure paths cost one bcrypt round.
_DUMMY_HASH = hash_password("not-a-real-password", rounds=12)


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={409: {"model": Problem, "description": "Username already taken"}},
)
async def signup(body: UserCreate, session: SessionDep, settings: SettingsDep) -> UserRead:
    password_hash = await run_in_threadpool(
        hash_password, body.password, settings.bcrypt_rounds
    )
    user = User(username=body.username, password_hash=password_hash)
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserRead.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    summary="Exchange username and password for a bearer token (OAuth2 password flow)",
    responses={401: {"model": Problem, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    stored = user.password_hash if user is not None else _DUMMY_HASH
    valid = await run_in_threadpool(verify_password, form.password, stored)
    if user is None or not valid:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = create_access_token(
        user.id, settings.secret_key.get_secret_value(), settings.access_token_minutes
    )
    return Token(access_token=token)
