from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from todo_service import audit
from todo_service.audit import RequestId
from todo_service.config import get_settings
from todo_service.db import get_session
from todo_service.models import AuditEvent, User, utcnow
from todo_service.schemas import ErrorResponse, SignupRequest, TokenResponse, UserOut
from todo_service.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

DbSession = Annotated[Session, Depends(get_session)]


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorResponse, "description": "Username already taken"}},
)
def signup(payload: SignupRequest, session: DbSession, req_id: RequestId) -> UserOut:
    taken = session.scalar(select(User.id).where(User.username == payload.username))
    if taken is not None:
        audit.record(
            session, action="auth.signup", outcome="rejected", request_id=req_id,
            subject=payload.username,
        )
        session.commit()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")

    user = User(username=payload.username, password_hash=hash_password(payload.password))
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        # lost a race with a concurrent signup for the same name
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None

    audit.record(
        session, action="auth.signup", outcome="success", request_id=req_id,
        actor_user_id=user.id, subject=user.username,
    )
    session.commit()
    return UserOut.model_validate(user)


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="Log in (OAuth2 password flow) and obtain a bearer token",
    responses={
        401: {"model": ErrorResponse, "description": "Wrong username or password"},
        429: {"model": ErrorResponse, "description": "Too many recent failed attempts"},
    },
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: DbSession,
    req_id: RequestId,
) -> TokenResponse:
    settings = get_settings()
    subject = form.username[:64]
    window_start = utcnow() - timedelta(seconds=settings.login_failure_window_seconds)

    recent_failures = [
        event
        for event in session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "auth.login", AuditEvent.outcome == "failure"
            )
        )
        if event.subject == subject and event.occurred_at >= window_start
    ]
    if len(recent_failures) >= settings.login_max_failures:
        audit.record(
            session, action="auth.login", outcome="locked", request_id=req_id,
            subject=subject,
        )
        session.commit()
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "Too many failed login attempts, try again later",
        )

    user = session.scalar(select(User).where(User.username == form.username))
    password_ok = verify_password(form.password, user.password_hash if user else None)
    if user is None or not password_ok:
        audit.record(
            session, action="auth.login", outcome="failure", request_id=req_id,
            subject=subject,
        )
        session.commit()
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )

    token, ttl = create_access_token(user.id)
    audit.record(
        session, action="auth.login", outcome="success", request_id=req_id,
        actor_user_id=user.id, subject=user.username,
    )
    session.commit()
    return TokenResponse(access_token=token, expires_in=ttl)
