from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.application.use_cases import Authenticate, RegisterUser
from blog.entrypoints.http.dependencies import ContainerDep, CurrentUser, UowDep
from blog.entrypoints.http.errors import responses
from blog.entrypoints.http.schemas import SignUpIn, TokenOut, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses=responses(409),
)
async def sign_up(body: SignUpIn, uow: UowDep, container: ContainerDep) -> UserOut:
    user = await RegisterUser(uow, container.hasher, container.clock)(body.username, body.password)
    return UserOut.model_validate(user)


@router.post(
    "/token",
    summary="Log in (OAuth2 password flow) and receive a bearer token",
    responses=responses(401),
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], uow: UowDep, container: ContainerDep
) -> TokenOut:
    token = await Authenticate(uow, container.hasher, container.tokens)(form.username, form.password)
    return TokenOut(access_token=token)


@router.get("/me", summary="The authenticated user", responses=responses(401))
async def me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)
