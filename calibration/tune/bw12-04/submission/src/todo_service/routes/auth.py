from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from .. import repository
from ..config import Settings
from ..deps import Conn, CurrentUser, Token, get_hasher, get_settings
from ..schemas import ErrorOut, TokenOut, UserCreate, UserOut
from ..security import PasswordHasher, new_token, token_digest

router = APIRouter(prefix="/auth", tags=["auth"])

Hasher = Annotated[PasswordHasher, Depends(get_hasher)]


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def register(body: UserCreate, conn: Conn, hasher: Hasher) -> UserOut:
    try:
        user = repository.create_user(conn, body.username, hasher.hash(body.password))
    except repository.UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserOut.model_validate(user)


@router.post(
    "/token",
    summary="Log in and obtain a bearer token (OAuth2 password grant)",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    conn: Conn,
    hasher: Hasher,
    settings: Annotated[Settings, Depends(get_settings)],
) -> TokenOut:
    user = repository.get_user_by_username(conn, form.username)
    if not hasher.verify(user.password_hash if user else None, form.password) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if hasher.needs_rehash(user.password_hash):
        repository.update_password_hash(conn, user.id, hasher.hash(form.password))

    token = new_token()
    ttl = timedelta(seconds=settings.token_ttl_seconds)
    repository.store_token(conn, token_digest(token), user.id, ttl)
    return TokenOut(access_token=token, expires_in=settings.token_ttl_seconds)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke the token used for this request",
    responses={401: {"model": ErrorOut}},
)
def logout(conn: Conn, token: Token, _user: CurrentUser) -> None:
    repository.delete_token(conn, token_digest(token))


@router.get("/me", summary="The authenticated user", responses={401: {"model": ErrorOut}})
def me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)
