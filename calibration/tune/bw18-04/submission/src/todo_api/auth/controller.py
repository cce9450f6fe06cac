from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.auth.dto import SignUpDto, TokenResponse, UserResponse
from todo_api.auth.guards import CurrentUser
from todo_api.auth.service import AuthServiceDep
from todo_api.common.exceptions import error_responses
from todo_api.users.entities import User

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserResponse,
    summary="Register a new account",
    responses=error_responses(409),
)
async def sign_up(dto: SignUpDto, auth: AuthServiceDep) -> User:
    return await auth.sign_up(dto.username, dto.password)


@router.post(
    "/login",
    response_model=TokenResponse,
    summary="OAuth2 password flow: obtain a bearer token",
    responses=error_responses(401),
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep) -> TokenResponse:
    user = await auth.authenticate(form.username, form.password)
    token, ttl = auth.issue_token(user)
    return TokenResponse(access_token=token, expires_in=ttl)


@router.get("/me", response_model=UserResponse, summary="Current user", responses=error_responses(401))
async def me(user: CurrentUser) -> User:
    return user
