from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.http.middleware.authenticate import CurrentUser
from app.http.requests import RegisterRequest
from app.http.resources import ErrorResource, TokenResource, UserResource
from app.models import User
from app.providers import AuthServiceDep
from app.services.auth_service import UsernameTaken

router = APIRouter(prefix="/api/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserResource,
    status_code=status.HTTP_201_CREATED,
    summary="Sign up with a username and a password",
    responses={409: {"model": ErrorResource, "description": "Username already taken"}},
)
async def register(payload: RegisterRequest, auth: AuthServiceDep) -> User:
    try:
        return await auth.register(payload.username, payload.password)
    except UsernameTaken:
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT,
            detail="The username has already been taken.",
        )


@router.post(
    "/login",
    response_model=TokenResource,
    summary="Log in (OAuth2 password flow) and receive a bearer token",
    responses={401: {"model": ErrorResource, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep
) -> TokenResource:
    token = await auth.attempt(form.username, form.password)
    if token is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="These credentials do not match our records.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenResource(access_token=token)


@router.get(
    "/me",
    response_model=UserResource,
    summary="The user the token belongs to",
    responses={401: {"model": ErrorResource}},
)
async def me(user: CurrentUser) -> User:
    return user
