from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from todoapi.api.deps import ContainerDep, UserRepoDep
from todoapi.api.schemas import ErrorResponse, TokenResponse, UserCreate, UserRead
from todoapi.domain.errors import InvalidCredentials

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorResponse, "description": "Username taken"}},
)
async def register(body: UserCreate, users: UserRepoDep, container: ContainerDep) -> UserRead:
    password_hash = await container.hasher.hash(body.password)
    user = await users.create(body.username, password_hash)
    return UserRead.model_validate(user)


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: UserRepoDep,
    container: ContainerDep,
) -> TokenResponse:
    user = await users.find_by_username(form.username.strip())
    password_ok = await container.hasher.verify(
        form.password, user.password_hash if user else None
    )
    if user is None or not password_ok:
        raise InvalidCredentials("Incorrect username or password")
    return TokenResponse(
        access_token=container.tokens.issue(user.id),
        expires_in=container.tokens.ttl_seconds,
    )
