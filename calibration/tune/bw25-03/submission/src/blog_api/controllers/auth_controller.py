from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog_api.dependencies import AuthServiceDep, CurrentUser
from blog_api.dtos.dtos import ProblemDetails, RegisterUserRequest, TokenResponse, UserDto

router = APIRouter(prefix="/api/auth", tags=["Auth"])


@router.post(
    "/register",
    response_model=UserDto,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ProblemDetails}},
)
async def register(request: RegisterUserRequest, auth: AuthServiceDep) -> UserDto:
    user = await auth.register_async(request)
    return UserDto.model_validate(user)


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="OAuth2 password grant: exchange username/password for a bearer token",
    responses={401: {"model": ProblemDetails}},
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep
) -> TokenResponse:
    return await auth.login_async(form.username, form.password)


@router.get("/me", response_model=UserDto, summary="Current user")
async def me(current_user: CurrentUser) -> UserDto:
    return UserDto.model_validate(current_user)
