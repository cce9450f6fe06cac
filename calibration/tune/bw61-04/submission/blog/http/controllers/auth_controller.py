from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.http.dependencies import AuthServiceDep, CurrentUser
from blog.http.requests import RegisterRequest
from blog.http.resources import ErrorResource, TokenResource, UserResource
from blog.models import User

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserResource,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorResource, "description": "Username already taken"}},
)
async def register(data: RegisterRequest, auth: AuthServiceDep) -> User:
    return await auth.register(data)


@router.post(
    "/token",
    response_model=TokenResource,
    summary="Log in (OAuth2 password flow, form-encoded) and get a bearer token",
    responses={401: {"model": ErrorResource, "description": "Wrong username or password"}},
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep
) -> TokenResource:
    access_token = await auth.login(form.username, form.password)
    return TokenResource(
        access_token=access_token, expires_in=auth.settings.access_token_ttl_minutes * 60
    )


@router.get(
    "/me",
    response_model=UserResource,
    summary="The authenticated user",
    responses={401: {"model": ErrorResource}},
)
async def me(user: CurrentUser) -> User:
    return user
