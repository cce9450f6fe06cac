from dataclasses import dataclass
from typing import Annotated

from databases import Database
from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer

from todo_api.repositories import TodoRepository, UserRepository
from todo_api.schemas import UserOut
from todo_api.security import InvalidToken, PasswordHasher, TokenService

TOKEN_URL = "/api/v1/auth/token"
oauth2_scheme = OAuth2PasswordBearer(tokenUrl=TOKEN_URL)


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_hasher(request: Request) -> PasswordHasher:
    hasher: PasswordHasher = request.app.state.hasher
    return hasher


def get_tokens(request: Request) -> TokenService:
    tokens: TokenService = request.app.state.tokens
    return tokens


def get_users(db: Annotated[Database, Depends(get_database)]) -> UserRepository:
    return UserRepository(db)


def get_todos(db: Annotated[Database, Depends(get_database)]) -> TodoRepository:
    return TodoRepository(db)


_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Invalid or expired credentials",
    headers={"WWW-Authenticate": "Bearer"},
)


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    tokens: Annotated[TokenService, Depends(get_tokens)],
    users: Annotated[UserRepository, Depends(get_users)],
) -> UserOut:
    try:
        user_id = tokens.subject(token)
    except InvalidToken:
        raise _UNAUTHORIZED from None
    user = await users.get(user_id)
    if user is None:  # account removed after the token was issued
        raise _UNAUTHORIZED
    return user


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


# Fixed (not configurable) so the bounds are visible in the OpenAPI schema.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def get_page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


CurrentUser = Annotated[UserOut, Depends(get_current_user)]
Users = Annotated[UserRepository, Depends(get_users)]
Todos = Annotated[TodoRepository, Depends(get_todos)]
Hasher = Annotated[PasswordHasher, Depends(get_hasher)]
Tokens = Annotated[TokenService, Depends(get_tokens)]
Pagination = Annotated[Page, Depends(get_page)]
