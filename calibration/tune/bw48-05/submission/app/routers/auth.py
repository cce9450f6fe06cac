from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.deps import CurrentUser
from app.repositories import users
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def signup(body: UserCreate) -> UserOut:
    password_hash = await hash_password(body.password)
    row = await users.create_user(body.username, password_hash)
    if row is None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    return UserOut(id=row["id"], username=row["username"], created_at=row["created_at"])


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"model": ErrorOut, "description": "Bad username or password"}},
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    user = await users.get_by_username(form.username)
    stored_hash = user["password_hash"] if user is not None else None
    if not await verify_password(stored_hash, form.password) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token, expires_in = create_access_token(user["id"])
    return Token(access_token=token, expires_in=expires_in)


@router.get(
    "/me",
    response_model=UserOut,
    summary="The account that owns the token",
    responses={401: {"model": ErrorOut}},
)
async def me(user: CurrentUser) -> UserOut:
    return UserOut(id=user["id"], username=user["username"], created_at=user["created_at"])
