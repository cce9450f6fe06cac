"""Shared FastAPI dependencies."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request, status
from fastapi.security import OAuth2PasswordBearer

from ..models import ErrorOut
from ..records import UserRecord
from ..repository import Repository
from ..security import InvalidTokenError, PasswordHasher, TokenService

MAX_BIGINT = 2**63 - 1
DEFAULT_LIMIT = 20
MAX_LIMIT = 100

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")

# reusable OpenAPI response docs
R401 = {401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}}
R403 = {403: {"model": ErrorOut, "description": "Not the author"}}
R404 = {404: {"model": ErrorOut, "description": "Not found"}}


async def get_repo(request: Request) -> Repository:
    repo: Repository = request.app.state.repo
    return repo


async def get_hasher(request: Request) -> PasswordHasher:
    hasher: PasswordHasher = request.app.state.hasher
    return hasher


async def get_tokens(request: Request) -> TokenService:
    tokens: TokenService = request.app.state.tokens
    return tokens


RepoDep = Annotated[Repository, Depends(get_repo)]
HasherDep = Annotated[PasswordHasher, Depends(get_hasher)]
TokensDep = Annotated[TokenService, Depends(get_tokens)]


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    tokens: TokensDep,
    repo: RepoDep,
) -> UserRecord:
    try:
        user_id = tokens.subject(token)
    except InvalidTokenError:
        raise _unauthorized() from None
    if not 0 < user_id <= MAX_BIGINT:
        raise _unauthorized()
    user = await repo.get_user(user_id)
    if user is None:
        raise _unauthorized()
    return user


CurrentUser = Annotated[UserRecord, Depends(current_user)]

PostId = Annotated[int, Path(ge=1, le=MAX_BIGINT, description="Post id")]


@dataclass(frozen=True, slots=True)
class PageParams:
    limit: int
    offset: int


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_BIGINT, description="Items to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(page_params)]
