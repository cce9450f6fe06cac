"""REST controller for registration and login."""
from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.config.constants import ApiConstants
from app.config.dependency_injection import get_auth_service
from app.dto.base_dto import ErrorResponseDTO
from app.dto.user_dto import TokenResponseDTO, UserRegistrationRequestDTO, UserResponseDTO
from app.services.auth_service import AuthService

router = APIRouter(prefix=f"{ApiConstants.API_V1_PREFIX}/auth", tags=["Authentication"])


@router.post(
    "/register",
    response_model=UserResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user account",
    responses={409: {"model": ErrorResponseDTO, "description": "Username already taken"}},
)
def register(
    request_dto: UserRegistrationRequestDTO,
    auth_service: AuthService = Depends(get_auth_service),
) -> UserResponseDTO:
    return auth_service.register(request_dto)


@router.post(
    "/login",
    response_model=TokenResponseDTO,
    summary="Obtain a bearer token (OAuth2 password flow)",
    responses={401: {"model": ErrorResponseDTO, "description": "Bad credentials"}},
)
def login(
    form_data: OAuth2PasswordRequestForm = Depends(),
    auth_service: AuthService = Depends(get_auth_service),
) -> TokenResponseDTO:
    return auth_service.login(form_data.username, form_data.password)
