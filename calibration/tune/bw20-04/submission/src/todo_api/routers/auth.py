import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from todo_api.deps import PasswordsDep, SessionDep, TokensDep, unauthorized
from todo_api.models import User
from todo_api.schemas import ErrorOut, Token, UserCreate, UserOut

log = logging.getLogger(__name__)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def register(body: UserCreate, session: SessionDep, passwords: PasswordsDep) -> User:
    user = User(username=body.username, password_hash=await passwords.hash(body.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        # The unique constraint is the source of truth; a SELECT-then-INSERT would race.
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
    passwords: PasswordsDep,
    tokens: TokensDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    password_ok = await passwords.verify(user.password_hash if user else None, form.password)
    if user is None or not password_ok:
        log.info("failed login for username=%r", form.username[:64])
        raise unauthorized("Incorrect username or password")

    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await passwords.hash(form.password)
        await session.commit()

    return Token(
        access_token=tokens.issue(user.id),
        expires_in=int(tokens.ttl.total_seconds()),
    )
