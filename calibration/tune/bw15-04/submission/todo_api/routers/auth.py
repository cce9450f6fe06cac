from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from .. import audit
from ..deps import CurrentUser, RequestId, SessionDep, SettingsDep
from ..models import ErrorOut, SignupIn, TokenOut, User, UserOut
from ..security import DUMMY_HASH, create_access_token, hash_password, verify_password

router = APIRouter(tags=["auth"])

_BAD_CREDENTIALS = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Incorrect username or password",
    headers={"WWW-Authenticate": "Bearer"},
)


@router.post(
    "/auth/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def signup(body: SignupIn, session: SessionDep, request_id: RequestId) -> User:
    user = User(username=body.username, password_hash=hash_password(body.password))
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    audit.record(session, request_id=request_id, action="user.signup", actor_id=user.id)
    session.commit()
    session.refresh(user)
    return user


@router.post(
    "/auth/token",
    response_model=TokenOut,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"model": ErrorOut, "description": "Bad credentials"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
    request_id: RequestId,
) -> TokenOut:
    # Oversized input can never match (signup enforces the limits) and is not hashed,
    # which bounds the work an anonymous caller can make us do.
    oversized = len(form.username) > 32 or len(form.password) > 128
    user = None if oversized else session.exec(
        select(User).where(User.username == form.username)
    ).first()
    ok = not oversized and verify_password(
        form.password, user.password_hash if user else DUMMY_HASH
    )

    if user is None or not ok:
        audit.record(
            session,
            request_id=request_id,
            action="auth.login_failed",
            actor_id=user.id if user else None,
        )
        session.commit()
        raise _BAD_CREDENTIALS

    assert user.id is not None
    token, ttl = create_access_token(user.id, settings)
    audit.record(session, request_id=request_id, action="auth.login", actor_id=user.id)
    session.commit()
    return TokenOut(access_token=token, expires_in=ttl)


@router.get(
    "/auth/me",
    response_model=UserOut,
    summary="The authenticated account",
    responses={401: {"model": ErrorOut}},
)
def me(user: CurrentUser) -> User:
    return user
