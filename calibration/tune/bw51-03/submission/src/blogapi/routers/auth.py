from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from ..deps import CodecDep, CurrentUser, UsersDep
from ..repositories import UsernameTakenError
from ..schemas import ErrorResponse, Token, UserCreate, UserRead
from ..security import hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

_UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Bad credentials"}
}


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorResponse, "description": "Username already taken"}},
)
async def register(body: UserCreate, users: UsersDep) -> UserRead:
    if await users.by_username(body.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    password_hash = await hash_password(body.password)
    try:
        user = await users.add(body.username, password_hash)
    except UsernameTakenError:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return UserRead.model_validate(user)


@router.post("/token", summary="Log in (OAuth2 password flow)", responses=_UNAUTHORIZED)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: UsersDep,
    codec: CodecDep,
) -> Token:
    user = await users.by_username(form.username)
    password_ok = await verify_password(form.password, user.password_hash if user else None)
    if user is None or not password_ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=codec.issue(user.id))


@router.get("/me", summary="The authenticated user", responses=_UNAUTHORIZED)
async def me(user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)
