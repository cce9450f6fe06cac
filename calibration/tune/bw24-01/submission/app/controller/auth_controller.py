from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from app.config.database import get_db
from app.dto.user_dto import TokenResponseDto, UserRegistrationRequestDto, UserResponseDto
from app.service.auth_service import AuthService

router = APIRouter(prefix="/api/v1/auth", tags=["Authentication"])


@router.post(
    "/register",
    response_model=UserResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"description": "Username already taken"}},
)
async def register(request: UserRegistrationRequestDto, db: Session = Depends(get_db)) -> UserResponseDto:
    auth_service = AuthService(db)
    return auth_service.register(request)


@router.post(
    "/login",
    response_model=TokenResponseDto,
    summary="Obtain a bearer token",
    responses={401: {"description": "Invalid credentials"}},
)
async def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)) -> TokenResponseDto:
    auth_service = AuthService(db)
    return auth_service.authenticate(form.username, form.password)
