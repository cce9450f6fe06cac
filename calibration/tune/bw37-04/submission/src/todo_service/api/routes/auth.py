from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from ...container.fastapi import Inject
from ...settings import Settings
from ..deps import Auth, CurrentUser
from ..schemas import ErrorResponse, RegisterRequest, TokenResponse, UserResponse

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserResponse,
    responses={409: {"model": ErrorResponse, "description": "Username taken"}},
    summary="Create an account",
)
def register(body: RegisterRequest, auth: Auth) -> UserResponse:
    return UserResponse.from_domain(auth.register(body.username, body.password))


@router.post(
    "/token",
    response_model=TokenResponse,
    responses={401: {"model": ErrorResponse, "description": "Bad credentials"}},
    summary="Exchange username and password for a bearer token (OAuth2 password flow)",
)
def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    auth: Auth,
    settings: Annotated[Settings, Inject(Settings)],
) -> TokenResponse:
    access_token = auth.login(form.username, form.password)
    return TokenResponse(
        access_token=access_token, expires_in=int(settings.token_ttl.total_seconds())
    )


@router.get(
    "/me",
    response_model=UserResponse,
    responses={401: {"model": ErrorResponse}},
    summary="The authenticated user",
)
def me(user: CurrentUser) -> UserResponse:
    return UserResponse.from_domain(user)
