"""Registration, login and the current user."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from inkwell import repository, security
from inkwell.dependencies import ConnectionDep, CurrentUserDep, SettingsDep
from inkwell.routers._common import UNAUTHORIZED, user_from_row
from inkwell.schemas import ErrorResponse, Token, UserCreate, UserRead

router = APIRouter(tags=["accounts"])


@router.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={409: {"model": ErrorResponse, "description": "Username already taken."}},
)
def register(payload: UserCreate, conn: ConnectionDep) -> UserRead:
    """Register a new user. Usernames are case-insensitively unique."""
    password_hash = security.hash_password(payload.password)
    try:
        row = repository.create_user(conn, payload.username, password_hash)
    except repository.DuplicateUsernameError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user_from_row(row)


@router.post(
    "/auth/token",
    response_model=Token,
    summary="Log in and obtain an access token",
    responses={401: {"model": ErrorResponse, "description": "Wrong username or password."}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    conn: ConnectionDep,
    settings: SettingsDep,
) -> Token:
    """OAuth2 password flow: exchange a username and password for a bearer token."""
    user = repository.get_user_by_username(conn, form.username)
    # Always run a verification, even for unknown users, to keep timing uniform.
    password_ok = security.verify_password(
        user["password_hash"] if user is not None else None, form.password
    )
    if user is None or not password_ok:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if security.needs_rehash(user["password_hash"]):
        repository.update_password_hash(conn, user["id"], security.hash_password(form.password))
    return Token(access_token=security.create_access_token(user["id"], settings))


@router.get(
    "/users/me",
    response_model=UserRead,
    summary="The authenticated user",
    responses=UNAUTHORIZED,
)
def read_me(user: CurrentUserDep) -> UserRead:
    return user_from_row(user)
