from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from app.database import get_session
from app.dto.request import SignUpRequestDto
from app.dto.response import ErrorResponseDto, TokenResponseDto, UserResponseDto
from app.service.auth_service import AuthService

router = APIRouter(prefix="/api/auth", tags=["Authentication"])


def get_auth_service(session: Annotated[Session, Depends(get_session)]) -> AuthService:
    return AuthService(session)


@router.post(
    "/signup",
    response_model=UserResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ErrorResponseDto, "description": "Username already taken"}},
)
def sign_up(
    request: SignUpRequestDto, auth_service: Annotated[AuthService, Depends(get_auth_service)]
) -> UserResponseDto:
    return auth_service.register(request)


@router.post(
    "/login",
    response_model=TokenResponseDto,
    summary="Obtain a JWT access token (OAuth2 password flow)",
    responses={401: {"model": ErrorResponseDto, "description": "Bad credentials"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    auth_service: Annotated[AuthService, Depends(get_auth_service)],
) -> TokenResponseDto:
    return auth_service.login(form.username, form.password)
