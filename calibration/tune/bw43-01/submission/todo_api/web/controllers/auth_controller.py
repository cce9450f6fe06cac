from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.application.dtos import (
    ErrorResponse,
    RegisterUserRequest,
    TokenResponse,
    UserResponse,
)
from todo_api.web.dependencies import AuthServiceDep, CurrentUser

router = APIRouter(prefix="/api/v1/auth", tags=["Auth"])


@router.post(
    "/register",
    response_model=UserResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorResponse, "description": "Username taken"}},
)
async def register(request: RegisterUserRequest, auth_service: AuthServiceDep) -> UserResponse:
    return await auth_service.register_async(request)


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="Exchange username and password for a bearer token (OAuth2 password flow)",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    auth_service: AuthServiceDep,
) -> TokenResponse:
    return await auth_service.login_async(form.username, form.password)


@router.get(
    "/me",
    response_model=UserResponse,
    summary="Return the authenticated user",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse}},
)
async def me(current_user: CurrentUser) -> UserResponse:
    return UserResponse.from_domain(current_user)
