from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from inkwell.api.responses import errors
from inkwell.deps import CurrentUser, HasherDep, SessionDep, TokensDep, unauthorized
from inkwell.models import RefreshToken, User
from inkwell.schemas import RefreshRequest, TokenPair, UserCreate, UserRead
from inkwell.security import InvalidTokenError, TokenKind, TokenService

router = APIRouter(prefix="/auth", tags=["auth"])


def _issue_pair(session: Session, tokens: TokenService, user_id: int) -> tuple[TokenPair, str]:
    """Mint an access/refresh pair and record the refresh token. The caller commits."""
    access = tokens.issue(user_id, TokenKind.ACCESS)
    refresh = tokens.issue(user_id, TokenKind.REFRESH)
    session.add(RefreshToken(jti=refresh.jti, user_id=user_id))
    pair = TokenPair(
        access_token=access.token,
        refresh_token=refresh.token,
        expires_in=int(tokens.access_ttl.total_seconds()),
    )
    return pair, refresh.jti


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    description="Registers a new author. The password is stored as a bcrypt hash and never "
    "returned.",
    responses=errors(409),
)
def register(body: UserCreate, session: SessionDep, hasher: HasherDep) -> UserRead:
    user = User(username=body.username, password_hash=hasher.hash(body.password))
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username is already taken") from None
    session.refresh(user)
    return UserRead.model_validate(user)


@router.post(
    "/token",
    summary="Log in (OAuth2 password flow)",
    description="Exchanges form-encoded `username` and `password` for an access token and a "
    "refresh token.",
    responses=errors(401),
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    hasher: HasherDep,
    tokens: TokensDep,
) -> TokenPair:
    user = session.exec(select(User).where(User.username == form.username)).first()
    password_hash = user.password_hash if user is not None else None
    if not hasher.verify(form.password, password_hash) or user is None or user.id is None:
        raise unauthorized("Incorrect username or password")
    pair, _ = _issue_pair(session, tokens, user.id)
    session.commit()
    return pair


@router.post(
    "/refresh",
    summary="Rotate a refresh token",
    description="Returns a fresh token pair. The refresh token sent is revoked; presenting a "
    "revoked refresh token again is treated as theft and revokes every session of that user.",
    responses=errors(401),
)
def refresh(body: RefreshRequest, session: SessionDep, tokens: TokensDep) -> TokenPair:
    try:
        claims = tokens.decode(body.refresh_token, TokenKind.REFRESH)
    except InvalidTokenError:
        raise unauthorized("Invalid or expired refresh token") from None

    record = session.get(RefreshToken, claims.jti)
    if record is None or record.user_id != claims.user_id:
        raise unauthorized("Invalid or expired refresh token")
    if record.revoked_at is not None:
        revoke_all = (
            update(RefreshToken)
            .where(col(RefreshToken.user_id) == claims.user_id)
            .where(col(RefreshToken.revoked_at).is_(None))
            .values(revoked_at=datetime.now(UTC))
        )
        session.exec(revoke_all)  # type: ignore[call-overload]
        session.commit()
        raise unauthorized("Refresh token reuse detected; all sessions revoked")

    pair, new_jti = _issue_pair(session, tokens, claims.user_id)
    record.revoked_at = datetime.now(UTC)
    record.replaced_by = new_jti
    session.add(record)
    session.commit()
    return pair


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke a refresh token",
    description="Idempotent: unknown, expired or already revoked tokens also answer 204.",
)
def logout(body: RefreshRequest, session: SessionDep, tokens: TokensDep) -> Response:
    try:
        claims = tokens.decode(body.refresh_token, TokenKind.REFRESH)
    except InvalidTokenError:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    record = session.get(RefreshToken, claims.jti)
    if record is not None and record.revoked_at is None:
        record.revoked_at = datetime.now(UTC)
        session.add(record)
        session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", summary="Current user", responses=errors(401))
def me(user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)
