from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.config.beans import AuthServiceDep
from app.dto.error_dto import ErrorResponseDto
from app.dto.user_dto import TokenResponseDto, UserRegistrationRequestDto, UserResponseDto

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ErrorResponseDto, "description": "Username already taken"}},
)
def register(request: UserRegistrationRequestDto, auth_service: AuthServiceDep) -> UserResponseDto:
    return auth_service.register(request)


@router.post(
    "/token",
    response_model=TokenResponseDto,
    summary="Log in (OAuth2 password flow) and obtain a bearer token",
    responses={401: {"model": ErrorResponseDto, "description": "Bad credentials"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    auth_service: AuthServiceDep,
) -> TokenResponseDto:
    return auth_service.login(form.username, form.password)
