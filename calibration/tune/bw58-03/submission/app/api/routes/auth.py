from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import UserRepoDep
from app.core.security import create_access_token, hash_password, verify_password
from app.schemas import ErrorMessage, Token, UserCreate, UserRead

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorMessage, "description": "Username already taken"}},
)
async def signup(payload: UserCreate, users: UserRepoDep) -> UserRead:
    if await users.get_by_username(payload.username) is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")
    hashed = await hash_password(payload.password)
    user = await users.create(payload.username, hashed)
    return UserRead.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and obtain a bearer token",
    responses={401: {"model": ErrorMessage, "description": "Invalid credentials"}},
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], users: UserRepoDep) -> Token:
    user = await users.get_by_username(form.username)
    if user is None or not await verify_password(form.password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(str(user.id)))
