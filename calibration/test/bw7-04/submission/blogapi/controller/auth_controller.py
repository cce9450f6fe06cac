from fastapi import APIRouter, status

from blogapi.dependencies import AuthServiceDep, CurrentUser
from blogapi.dto.error_dto import ErrorResponseDto
from blogapi.dto.user_dto import LoginRequestDto, RegisterUserRequestDto, TokenResponseDto, UserResponseDto

router = APIRouter(prefix="/api/auth", tags=["Authentication"])


@router.post(
    "/register",
    response_model=UserResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ErrorResponseDto, "description": "Username already taken"}},
)
def register(request: RegisterUserRequestDto, auth_service: AuthServiceDep) -> UserResponseDto:
    return auth_service.register(request)


@router.post(
    "/login",
    response_model=TokenResponseDto,
    summary="Authenticate and obtain a JWT",
    responses={401: {"model": ErrorResponseDto, "description": "Invalid credentials"}},
)
def login(request: LoginRequestDto, auth_service: AuthServiceDep) -> TokenResponseDto:
    return auth_service.login(request)


@router.get(
    "/me",
    response_model=UserResponseDto,
    summary="Get the authenticated user",
    responses={401: {"model": ErrorResponseDto, "description": "Not authenticated"}},
)
def me(current_user: CurrentUser) -> UserResponseDto:
    return UserResponseDto.model_validate(current_user)
