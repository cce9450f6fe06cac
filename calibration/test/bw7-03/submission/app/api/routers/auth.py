from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import AuthServiceDep, CurrentUser
from app.models import User
from app.schemas.common import error_responses
from app.schemas.users import Token, UserCreate, UserRead

router = APIRouter(tags=["auth"])


@router.post(
    "/auth/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses=error_responses(409),
)
async def signup(data: UserCreate, auth: AuthServiceDep) -> User:
    return await auth.register(data)


@router.post(
    "/auth/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses=error_responses(401),
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep) -> Token:
    return await auth.login(form.username, form.password)


@router.get("/users/me", response_model=UserRead, summary="The authenticated user", responses=error_responses(401))
async def me(user: CurrentUser) -> User:
    return user
