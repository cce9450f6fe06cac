import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from ..models import ErrorOut, TokenOut, UserCreate, UserOut
from ..records import UsernameTakenError
from .deps import R401, CurrentUser, HasherDep, RepoDep, TokensDep

log = logging.getLogger(__name__)
router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def register(body: UserCreate, repo: RepoDep, hasher: HasherDep) -> UserOut:
    password_hash = await hasher.hash(body.password)
    try:
        user = await repo.create_user(body.username, password_hash)
    except UsernameTakenError:
        raise HTTPException(status.HTTP_409_CONFLICT, "username already taken") from None
    log.info("user registered", extra={"user_id": user.id})
    return UserOut.from_record(user)


@router.post(
    "/token",
    summary="Log in (OAuth2 password flow) and obtain a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    repo: RepoDep,
    hasher: HasherDep,
    tokens: TokensDep,
) -> TokenOut:
    # NUL cannot be stored in a Postgres text column, so no such user can exist
    user = None if "\x00" in form.username else await repo.get_user_by_username(form.username)
    valid = await hasher.verify(form.password, user.password_hash if user else None)
    if user is None or not valid:
        log.info("login failed")
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    log.info("login succeeded", extra={"user_id": user.id})
    return TokenOut(access_token=tokens.issue(user.id), expires_in=tokens.ttl_s)


@router.get("/me", summary="The authenticated user", responses=R401)
async def me(user: CurrentUser) -> UserOut:
    return UserOut.from_record(user)
