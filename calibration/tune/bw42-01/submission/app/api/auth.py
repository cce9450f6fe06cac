from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import provideTokenService, providePasswordHasher, provideUserRepository
from app.api.dto import ErrorResponse, SignUpRequest, TokenResponse, UserResponse
from app.data.repository import UserRepository
from app.domain import Conflict, Success
from app.security import PasswordHasher, TokenService

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserResponse,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorResponse, "description": "Username taken"}},
    summary="Create an account",
)
async def signUp(
    body: SignUpRequest,
    users: Annotated[UserRepository, Depends(provideUserRepository)],
    hasher: Annotated[PasswordHasher, Depends(providePasswordHasher)],
) -> UserResponse:
    hashed = await hasher.hash(body.password)
    result = await users.create(body.username, hashed)
    match result:
        case Success(value=user):
            return UserResponse(id=user.id, username=user.username)
        case Conflict(reason=reason):
            raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail=reason)
        case _:
            raise HTTPException(status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)


@router.post(
    "/token",
    response_model=TokenResponse,
    responses={401: {"model": ErrorResponse, "description": "Bad credentials"}},
    summary="Log in (OAuth2 password flow)",
)
async def logIn(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: Annotated[UserRepository, Depends(provideUserRepository)],
    hasher: Annotated[PasswordHasher, Depends(providePasswordHasher)],
    tokens: Annotated[TokenService, Depends(provideTokenService)],
) -> TokenResponse:
    user = await users.findByUsername(form.username)
    if user is None or not await hasher.verify(form.password, user.passwordHash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenResponse(access_token=tokens.issue(user.id))
