from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from blog_api.database import get_session
from blog_api.dto import ErrorResponseDto, SignupRequestDto, TokenResponseDto, UserResponseDto
from blog_api.entities import UserEntity
from blog_api.security import get_current_user
from blog_api.services.auth_service import AuthService


class AuthController:
    router = APIRouter(prefix="/api/auth", tags=["auth"])

    @staticmethod
    @router.post(
        "/signup",
        response_model=UserResponseDto,
        status_code=status.HTTP_201_CREATED,
        responses={409: {"model": ErrorResponseDto}},
        summary="Register a new user",
    )
    async def signup(request: SignupRequestDto, session: Session = Depends(get_session)) -> UserResponseDto:
        return AuthService.register(session, request)

    @staticmethod
    @router.post(
        "/login",
        response_model=TokenResponseDto,
        responses={401: {"model": ErrorResponseDto}},
        summary="Obtain an access token",
    )
    async def login(
        form: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)
    ) -> TokenResponseDto:
        return AuthService.login(session, form.username, form.password)

    @staticmethod
    @router.get("/me", response_model=UserResponseDto, summary="Current user")
    async def me(current_user: UserEntity = Depends(get_current_user)) -> UserResponseDto:
        return UserResponseDto.model_validate(current_user)
