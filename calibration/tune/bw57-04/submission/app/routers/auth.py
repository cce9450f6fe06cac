from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.cache import client_ip, enforce_rate_limit, revoke_token
from app.deps import ClaimsDep, CurrentUser, RedisDep, SessionDep, SettingsDep
from app.models import Problem, Token, User, UserCreate, UserRead
from app.security import create_access_token, hash_password, seconds_until, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

THROTTLED = {429: {"model": Problem, "description": "Rate limit exceeded"}}


@router.post(
    "/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": Problem, "description": "Username taken"}, **THROTTLED},
)
async def signup(
    payload: UserCreate,
    request: Request,
    session: SessionDep,
    redis: RedisDep,
    settings: SettingsDep,
) -> User:
    await enforce_rate_limit(
        redis, f"signup:{client_ip(request)}", settings.signups_per_hour, window_seconds=3600
    )
    user = User(username=payload.username, password_hash=await hash_password(payload.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"model": Problem, "description": "Bad credentials"}, **THROTTLED},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    request: Request,
    session: SessionDep,
    redis: RedisDep,
    settings: SettingsDep,
) -> Token:
    username = form.username.lower()
    await enforce_rate_limit(
        redis,
        f"login:{username}:{client_ip(request)}",
        settings.login_attempts_per_minute,
        window_seconds=60,
    )
    user = (await session.exec(select(User).where(User.username == username))).first()
    if user is None or not await verify_password(user.password_hash, form.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token, ttl = create_access_token(user.id, settings)
    return Token(access_token=token, expires_in=ttl)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke the current access token",
    responses={401: {"model": Problem}},
)
async def logout(claims: ClaimsDep, redis: RedisDep) -> Response:
    await revoke_token(redis, claims["jti"], seconds_until(claims["exp"]))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/me",
    response_model=UserRead,
    summary="Current account",
    responses={401: {"model": Problem}},
)
async def me(user: CurrentUser) -> User:
    return user
