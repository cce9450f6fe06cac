from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.deps import Hasher, Tokens, Users
from todo_api.repositories import UsernameTaken
from todo_api.schemas import Problem, Token, UserCreate, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": Problem, "description": "Username taken"}},
)
async def register(body: UserCreate, users: Users, hasher: Hasher) -> UserOut:
    password_hash = await hasher.hash(body.password)
    try:
        return await users.create(body.username, password_hash)
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None


@router.post(
    "/token",
    summary="Log in (OAuth2 password flow)",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": Problem, "description": "Bad credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: Users,
    hasher: Hasher,
    tokens: Tokens,
) -> Token:
    found = await users.credentials(form.username)
    # Verify against a dummy hash for unknown users so both paths cost the same.
    user_id, password_hash = found if found else (None, hasher.dummy_hash)
    if not await hasher.verify(form.password, password_hash) or user_id is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=tokens.issue(user_id),
        expires_in=int(tokens.ttl.total_seconds()),
    )
