from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from ..repository import UsernameTaken
from ..schemas import ErrorResponse, RegisterRequest, TokenResponse, UserPublic
from .deps import UNAUTHORIZED, ServicesDep, unauthorized

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorResponse, "description": "Username taken"}},
)
async def register(body: RegisterRequest, services: ServicesDep) -> UserPublic:
    password_hash = await services.passwords.hash(body.password)
    try:
        user = await services.repository.create_user(body.username, password_hash)
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username is already taken") from None
    return UserPublic(id=user.id, username=user.username, created_at=user.created_at)


@router.post(
    "/token",
    summary="Exchange username and password for a bearer token (OAuth2 password flow)",
    responses=UNAUTHORIZED,
)
async def issue_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], services: ServicesDep
) -> TokenResponse:
    user = await services.repository.get_user_by_username(form.username.strip().lower())
    password_hash = user.password_hash if user is not None else None
    if not await services.passwords.verify(password_hash, form.password) or user is None:
        raise unauthorized("Incorrect username or password")
    return TokenResponse(
        access_token=services.tokens.issue(user.id),
        expires_in=services.tokens.ttl_seconds,
    )
