"""Sign-up and OAuth2 password-flow login."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from .. import repo
from ..deps import SessionDep, SettingsDep
from ..errors import ErrorBody, Unauthorized, into_http
from ..result import Err, Ok
from ..schemas import Token, UserCreate, UserOut
from ..security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorBody, "description": "Username taken"}},
)
async def signup(body: UserCreate, session: SessionDep) -> UserOut:
    password_hash = hash_password(body.password)
    match repo.create_user(session, body.username, password_hash):
        case Ok(value=user):
            return UserOut.model_validate(user)
        case Err(error=error):
            raise into_http(error)


@router.post(
    "/token",
    summary="Log in and receive a bearer token (OAuth2 password flow)",
    responses={
        status.HTTP_401_UNAUTHORIZED: {"model": ErrorBody, "description": "Bad credentials"}
    },
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = repo.find_user_by_username(session, form.username)
    if user is None or not verify_password(user.password_hash, form.password):
        raise into_http(Unauthorized("incorrect username or password"))
    token = create_access_token(user.id, settings.jwt_secret, settings.jwt_ttl_minutes)
    return Token(access_token=token)
