"""Shared dependencies: DB connection, current user, pagination, id bounds."""
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, status
from fastapi.security import OAuth2PasswordBearer

from . import tokens
from .database import get_conn
from .permissions import Perm, allows
from .schemas import Problem

PAGE_DEFAULT = 20
PAGE_MAX = 100
OFFSET_MAX = 100_000
ID_MAX = 2**63 - 1

DB = Annotated[sqlite3.Connection, Depends(get_conn)]

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

R401 = {401: {"model": Problem, "description": "Missing, invalid or expired token"}}
R403 = {403: {"model": Problem, "description": "Not allowed"}}
R404 = {404: {"model": Problem, "description": "Not found"}}


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    perms: int


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


def pagination(
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX, description="Page size")] = PAGE_DEFAULT,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX, description="Items to skip")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


def unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_user(token: Annotated[str, Depends(oauth2_scheme)], conn: DB) -> User:
    uid = tokens.subject(token)
    if uid is None:
        raise unauthorized()
    row = conn.execute("SELECT id, username, perms FROM users WHERE id = ?", (uid,)).fetchone()
    if row is None:
        raise unauthorized()
    return User(id=row["id"], username=row["username"], perms=row["perms"])


def require(needed: Perm) -> Callable[[User], User]:
    def _dep(user: Annotated[User, Depends(current_user)]) -> User:
        if not allows(user.perms, needed):
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Account may not do this")
        return user

    return _dep


Paging = Annotated[Page, Depends(pagination)]
AnyUser = Annotated[User, Depends(current_user)]
Poster = Annotated[User, Depends(require(Perm.POST))]
Commenter = Annotated[User, Depends(require(Perm.COMMENT))]
PostId = Annotated[int, Path(ge=1, le=ID_MAX)]
CommentId = Annotated[int, Path(ge=1, le=ID_MAX)]
