from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from ...domain.schemas import ErrorOut, Token, UserCreate, UserOut
from ..deps import AuthServiceDep

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Sign up",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def register(body: UserCreate, auth: AuthServiceDep) -> UserOut:
    return UserOut.model_validate(auth.register(body.username, body.password))


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and receive an opaque bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
def token(form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep) -> Token:
    access_token, ttl = auth.issue_token(form.username, form.password)
    return Token(access_token=access_token, expires_in=ttl)
