"""Authentication endpoints."""
from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_service.api.dependencies import UserServiceDep
from todo_service.domain.schemas import TokenDTO, UserCreateDTO, UserReadDTO

router = APIRouter(prefix="/auth", tags=["Authentication"])


@router.post(
    "/signup",
    response_model=UserReadDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"description": "Username already exists"}},
)
async def signup(dto: UserCreateDTO, user_service: UserServiceDep) -> UserReadDTO:
    user = user_service.register(dto)
    return UserReadDTO.model_validate(user)


@router.post(
    "/token",
    response_model=TokenDTO,
    summary="Obtain an access token (OAuth2 password flow)",
    responses={401: {"description": "Invalid credentials"}},
)
async def login(
    form_data: Annotated[OAuth2PasswordRequestForm, Depends()], user_service: UserServiceDep
) -> TokenDTO:
    token = user_service.authenticate(form_data.username, form_data.password)
    return TokenDTO(access_token=token)
