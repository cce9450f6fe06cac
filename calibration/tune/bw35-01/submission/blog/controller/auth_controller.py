from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.config.beans import AuthServiceDep, CurrentUser
from blog.controller.responses import CONFLICT, UNAUTHORIZED
from blog.dto.auth import SignUpRequest, TokenResponse, UserResponse

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses=CONFLICT,
)
def sign_up(request: SignUpRequest, auth_service: AuthServiceDep) -> UserResponse:
    return auth_service.sign_up(request)


@router.post(
    "/login",
    response_model=TokenResponse,
    summary="Exchange username/password for a bearer token (OAuth2 password flow)",
    responses=UNAUTHORIZED,
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    auth_service: AuthServiceDep,
) -> TokenResponse:
    return auth_service.login(form.username, form.password)


@router.get("/me", response_model=UserResponse, summary="Current user", responses=UNAUTHORIZED)
def me(user: CurrentUser) -> UserResponse:
    return UserResponse.from_entity(user)
