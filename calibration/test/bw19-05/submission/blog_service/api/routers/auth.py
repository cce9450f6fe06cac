from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from blog_service.api.dependencies import CurrentUser, get_user_service
from blog_service.application.dto import RegisterUserRequest, TokenResponse, UserResponse
from blog_service.application.services import UserService

router = APIRouter(prefix="/api/auth", tags=["Authentication"])
basic_scheme = HTTPBasic(description="Username and password, exchanged for a bearer token")


@router.post(
    "/register",
    response_model=UserResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"description": "Username already taken"}},
)
def register(
    request: RegisterUserRequest, service: Annotated[UserService, Depends(get_user_service)]
) -> UserResponse:
    return service.register(request)


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="Exchange HTTP Basic credentials for a JWT bearer token",
    responses={401: {"description": "Invalid credentials"}},
)
def issue_token(
    credentials: Annotated[HTTPBasicCredentials, Depends(basic_scheme)],
    service: Annotated[UserService, Depends(get_user_service)],
) -> TokenResponse:
    return TokenResponse(access_token=service.authenticate(credentials.username, credentials.password))


@router.get("/me", response_model=UserResponse, summary="Get the authenticated user")
def me(user: CurrentUser) -> UserResponse:
    return UserResponse.model_validate(user)
