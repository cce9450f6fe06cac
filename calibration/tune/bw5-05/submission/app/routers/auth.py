from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.dependencies import AuthServiceDep
from app.domain.schemas import AccessToken, Credentials, Problem, UserRead

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": Problem}},
)
async def register(body: Credentials, auth: AuthServiceDep) -> UserRead:
    user = await auth.register(body.username, body.password)
    return UserRead.model_validate(user)


@router.post(
    "/token",
    response_model=AccessToken,
    summary="Exchange username/password for a JWT",
    responses={401: {"model": Problem}},
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep
) -> AccessToken:
    return AccessToken(access_token=await auth.login(form.username, form.password))
