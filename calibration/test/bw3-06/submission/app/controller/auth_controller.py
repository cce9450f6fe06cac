from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.controller.dependencies import auth_service
from app.dto.dtos import ErrorDTO, TokenDTO, UserDTO, UserRegisterDTO
from app.service.services import AuthService

router = APIRouter(prefix="/auth", tags=["Auth"])


@router.post(
    "/register",
    response_model=UserDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ErrorDTO}},
)
async def register(dto: UserRegisterDTO, service: AuthService = Depends(auth_service)) -> UserDTO:
    return service.register(dto)


@router.post(
    "/token",
    response_model=TokenDTO,
    summary="Login and obtain an access token",
    responses={401: {"model": ErrorDTO}},
)
async def login(
    form: OAuth2PasswordRequestForm = Depends(), service: AuthService = Depends(auth_service)
) -> TokenDTO:
    return service.login(form.username, form.password)
