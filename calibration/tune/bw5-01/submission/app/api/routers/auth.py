from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import AuthServiceDep
from app.schemas.auth import Token, UserCreate, UserOut
from app.schemas.common import ErrorOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorOut, "description": "Username taken"}},
)
async def register(body: UserCreate, service: AuthServiceDep) -> UserOut:
    user = await service.register(body.username, body.password)
    return UserOut.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Bad credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], service: AuthServiceDep
) -> Token:
    return Token(access_token=await service.login(form.username, form.password))
