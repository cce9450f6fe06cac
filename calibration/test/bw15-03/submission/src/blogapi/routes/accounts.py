"""Registration and login (OAuth2 "password" grant, RFC 6749 section 4.3)."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError

from .. import persistence, security
from ..dependencies import CurrentUser, SessionDep
from ..schemas import Problem, Token, UserCreate, UserRead

router = APIRouter(tags=["accounts"])


@router.post(
    "/users",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": Problem, "description": "Username already taken"}},
)
def register(payload: UserCreate, session: SessionDep) -> persistence.User:
    """Create an account. The password is stored only in hashed form."""
    if persistence.find_user_by_name(session, payload.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    user = persistence.User(
        username=payload.username,
        password_hash=security.hash_password(payload.password),
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError:  # concurrent registration of the same name
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user


@router.post(
    "/auth/token",
    response_model=Token,
    summary="Obtain a bearer token",
    responses={401: {"model": Problem, "description": "Wrong username or password"}},
)
def login(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
) -> Token:
    """Exchange username and password (form-encoded) for a bearer token."""
    user = persistence.find_user_by_name(session, form.username)
    if user is None or not security.verify_password(form.password, user.password_hash):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    config = request.app.state.config
    token = security.issue_token(user.id, config.secret_key, config.token_lifetime_s)
    return Token(access_token=token, expires_in=config.token_lifetime_s)


@router.get("/users/me", response_model=UserRead, summary="The authenticated user")
def me(user: CurrentUser) -> persistence.User:
    """Return the account the bearer token belongs to."""
    return user
