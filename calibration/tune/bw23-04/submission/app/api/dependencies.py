"""Wiring: every collaborator a route needs is a dependency, so tests can swap it."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlmodel import Session

from app.adapters.security import BcryptHasher, JwtTokens
from app.adapters.sql import SqlComments, SqlPosts, SqlUsers
from app.domain import User
from app.ports import Comments, PasswordHasher, Posts, Users

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_users(session: SessionDep) -> Users:
    return SqlUsers(session)


def get_posts(session: SessionDep) -> Posts:
    return SqlPosts(session)


def get_comments(session: SessionDep) -> Comments:
    return SqlComments(session)


def get_hasher() -> PasswordHasher:
    return BcryptHasher()


def get_tokens(request: Request) -> JwtTokens:
    tokens: JwtTokens = request.app.state.tokens
    return tokens


UsersDep = Annotated[Users, Depends(get_users)]
PostsDep = Annotated[Posts, Depends(get_posts)]
CommentsDep = Annotated[Comments, Depends(get_comments)]
HasherDep = Annotated[PasswordHasher, Depends(get_hasher)]
TokensDep = Annotated[JwtTokens, Depends(get_tokens)]


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], tokens: TokensDep, users: UsersDep
) -> User:
    user_id = tokens.user_id_from(token)
    user = users.by_id(user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


class Page:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size, 1..100")] = 20,
        offset: Annotated[int, Query(ge=0, description="Records to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PageDep = Annotated[Page, Depends()]
