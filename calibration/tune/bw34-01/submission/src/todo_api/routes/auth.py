from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from ..deps import CurrentUser, SettingsDep, UserRepoDep
from ..errors import to_http
from ..result import Err, Ok
from ..schemas import ErrorOut, SignupIn, TokenOut, UserOut
from ..security import issue_token

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def signup(body: SignupIn, users: UserRepoDep) -> UserOut:
    match await users.create(body.username, body.password):
        case Ok(user):
            return UserOut.model_validate(user)
        case Err(error):
            raise to_http(error)


@router.post(
    "/token",
    response_model=TokenOut,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: UserRepoDep,
    settings: SettingsDep,
) -> TokenOut:
    match await users.authenticate(form.username, form.password):
        case Ok(user):
            token, ttl = issue_token(user.id, settings)
            return TokenOut(access_token=token, expires_in=ttl)
        case Err(error):
            raise to_http(error)


@router.get(
    "/me",
    response_model=UserOut,
    summary="The account the token belongs to",
    responses={401: {"model": ErrorOut}},
)
async def me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)
