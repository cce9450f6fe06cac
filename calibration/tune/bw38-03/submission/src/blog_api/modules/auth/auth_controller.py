from fastapi import APIRouter, Depends, status

from blog_api.common.decorators.current_user import CurrentUser
from blog_api.modules.auth.auth_service import AuthService, get_auth_service
from blog_api.modules.auth.dto.register_dto import LoginDto, RegisterDto
from blog_api.modules.auth.dto.token_response_dto import TokenResponseDto
from blog_api.modules.users.dto.user_response_dto import UserResponseDto
from blog_api.modules.users.user_entity import User

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserResponseDto,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
async def register(
    dto: RegisterDto, auth_service: AuthService = Depends(get_auth_service)
) -> User:
    return await auth_service.register(dto)


@router.post(
    "/login",
    response_model=TokenResponseDto,
    summary="Log in with username/password and receive a JWT",
    responses={401: {"description": "Invalid credentials"}},
)
async def login(
    dto: LoginDto, auth_service: AuthService = Depends(get_auth_service)
) -> TokenResponseDto:
    return await auth_service.login(dto)


@router.get(
    "/me",
    response_model=UserResponseDto,
    summary="Current user profile",
    responses={401: {"description": "Missing or invalid token"}},
)
async def me(user: CurrentUser) -> User:
    return user
