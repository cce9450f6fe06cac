from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from blog_api.core.security import check_password, encode_token
from blog_api.deps import CurrentUser, ServiceDep, SettingsDep
from blog_api.models import User
from blog_api.schemas import ErrorOut, SignupIn, TokenOut, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])

# verified against when the username is unknown, so both failures take the same time
_UNKNOWN_USER_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5Q7yX5o1x2gJwFhK3Lx8a1kqvYV7pJ2"


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Register a new author",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def signup(body: SignupIn, service: ServiceDep) -> User:
    return await service.sign_up(body)


@router.post(
    "/token",
    response_model=TokenOut,
    summary="OAuth2 password flow: exchange username/password for a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    service: ServiceDep,
    settings: SettingsDep,
) -> TokenOut:
    user = await service.users.by_username(form.username)
    ok = await check_password(form.password, user.password_hash if user else _UNKNOWN_USER_HASH)
    if user is None or user.id is None or not ok:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=encode_token(user.id, settings))


@router.get(
    "/me",
    response_model=UserOut,
    summary="Who am I",
    responses={401: {"model": ErrorOut}},
)
async def me(user: CurrentUser) -> User:
    return user
