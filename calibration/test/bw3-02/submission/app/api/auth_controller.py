from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import get_auth_service
from app.dto.common import ErrorDTO
from app.dto.user_dto import TokenDTO, UserCreateDTO, UserDTO
from app.services.auth_service import AuthService

router = APIRouter(prefix="/auth", tags=["auth"])

AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


@router.post(
    "/register",
    response_model=UserDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorDTO, "description": "Username already taken"}},
)
def register(request: UserCreateDTO, auth_service: AuthServiceDep) -> UserDTO:
    return auth_service.register(request)


@router.post(
    "/token",
    response_model=TokenDTO,
    summary="Log in (OAuth2 password flow) and obtain a bearer token",
    responses={401: {"model": ErrorDTO, "description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], auth_service: AuthServiceDep
) -> TokenDTO:
    return auth_service.authenticate(form.username, form.password)
