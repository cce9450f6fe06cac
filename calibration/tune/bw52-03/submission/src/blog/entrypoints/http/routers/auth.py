from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.entrypoints.http.deps import ContainerDep, CurrentUser
from blog.entrypoints.http.errors import responses
from blog.entrypoints.http.schemas import RegisterIn, TokenOut, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses=responses(409),
)
async def register(body: RegisterIn, container: ContainerDep) -> UserOut:
    user = await container.accounts.register(body.username, body.password)
    return UserOut.of(user)


@router.post(
    "/token",
    response_model=TokenOut,
    summary="OAuth2 password flow: exchange username and password for a bearer token",
    responses=responses(401),
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], container: ContainerDep
) -> TokenOut:
    access_token = await container.accounts.login(form.username, form.password)
    return TokenOut(access_token=access_token)


@router.get("/me", response_model=UserOut, summary="The authenticated user", responses=responses(401))
async def me(user: CurrentUser) -> UserOut:
    return UserOut.of(user)
