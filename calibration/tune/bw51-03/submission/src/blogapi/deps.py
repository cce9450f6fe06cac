from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Final

from fastapi import Depends, HTTPException, Path, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from .db import Database
from .models import User
from .repositories import (
    CommentRepository,
    PostRepository,
    SqlCommentRepository,
    SqlPostRepository,
    SqlUserRepository,
    UserRepository,
)
from .security import TokenCodec

DEFAULT_LIMIT: Final = 20
MAX_LIMIT: Final = 100
MAX_OFFSET: Final = 1_000_000
# Largest value SQLite (and BIGINT) can bind; larger ids could never exist and
# would otherwise overflow in the driver instead of answering 404.
MAX_ID: Final = 2**63 - 1


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    database: Database = request.app.state.database
    async with database.sessionmaker() as session:
        yield session


def get_token_codec(request: Request) -> TokenCodec:
    codec: TokenCodec = request.app.state.token_codec
    return codec


SessionDep = Annotated[AsyncSession, Depends(get_session)]
CodecDep = Annotated[TokenCodec, Depends(get_token_codec)]


def get_users(session: SessionDep) -> UserRepository:
    return SqlUserRepository(session)


def get_posts(session: SessionDep) -> PostRepository:
    return SqlPostRepository(session)


def get_comments(session: SessionDep) -> CommentRepository:
    return SqlCommentRepository(session)


UsersDep = Annotated[UserRepository, Depends(get_users)]
PostsDep = Annotated[PostRepository, Depends(get_posts)]
CommentsDep = Annotated[CommentRepository, Depends(get_comments)]

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    codec: CodecDep,
    users: UsersDep,
) -> User:
    user_id = codec.subject(token)
    user = await users.by_id(user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


@dataclass(frozen=True, slots=True)
class PageParams:
    limit: int
    offset: int


def page_params(
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1..{MAX_LIMIT}")
    ] = DEFAULT_LIMIT,
    offset: Annotated[
        int, Query(ge=0, le=MAX_OFFSET, description="Number of items to skip")
    ] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(page_params)]
PostId = Annotated[int, Path(ge=1, le=MAX_ID, description="Post id")]
