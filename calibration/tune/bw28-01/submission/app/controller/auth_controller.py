from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.config.beans import AuthServiceDep, CurrentUser
from app.dto.base_dto import ErrorResponseDTO
from app.dto.user_dto import TokenResponseDTO, UserRegistrationRequestDTO, UserResponseDTO

router = APIRouter(prefix="/api/v1/auth", tags=["Authentication"])


@router.post(
    "/register",
    response_model=UserResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user account",
    responses={409: {"model": ErrorResponseDTO, "description": "Username already taken"}},
)
def register(request: UserRegistrationRequestDTO, service: AuthServiceDep) -> UserResponseDTO:
    return service.register(request)


@router.post(
    "/login",
    response_model=TokenResponseDTO,
    summary="Obtain a bearer token (OAuth2 password grant)",
    responses={401: {"model": ErrorResponseDTO, "description": "Bad credentials"}},
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], service: AuthServiceDep) -> TokenResponseDTO:
    return service.authenticate(form.username, form.password)


@router.get(
    "/me",
    response_model=UserResponseDTO,
    summary="Return the authenticated user",
    responses={401: {"model": ErrorResponseDTO}},
)
def me(user: CurrentUser) -> UserResponseDTO:
    return user
