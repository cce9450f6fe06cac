"""HTTP layer. Endpoints are plain ``def``: sqlite3 is a blocking driver, so FastAPI runs
them on its threadpool and the event loop is never blocked (see README, 'Concurrency')."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from todoapi import db, repository, security
from todoapi.config import Settings
from todoapi.models import (
    PAGE_SIZE_DEFAULT,
    PAGE_SIZE_MAX,
    Problem,
    TodoCreate,
    TodoOut,
    TodoPage,
    TodoUpdate,
    TokenOut,
    UserCreate,
    UserOut,
)

router = APIRouter()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_connection(settings: SettingsDep) -> Iterator[sqlite3.Connection]:
    conn = db.connect(settings.database_path)
    try:
        yield conn
    finally:
        conn.close()


Connection = Annotated[sqlite3.Connection, Depends(get_connection)]


def current_user_id(
    token: Annotated[str, Depends(oauth2_scheme)], conn: Connection, settings: SettingsDep
) -> int:
    user_id = security.read_token(token, settings.secret_key)
    if user_id is None or repository.get_user(conn, user_id) is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user_id


UserId = Annotated[int, Depends(current_user_id)]
# SQLite INTEGER is a signed 64-bit value; larger ids would raise OverflowError in the driver.
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]

UNAUTHORIZED = {401: {"model": Problem, "description": "Missing, invalid or expired token"}}
NOT_FOUND = {404: {"model": Problem, "description": "No such todo for this user"}}


def _todo_not_found(todo_id: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"Todo {todo_id} not found")


# --------------------------------------------------------------------------- accounts


@router.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    tags=["auth"],
    summary="Create an account",
    responses={409: {"model": Problem, "description": "Username already taken"}},
)
def register(body: UserCreate, conn: Connection, settings: SettingsDep) -> UserOut:
    # Hash before BEGIN IMMEDIATE: no reason to hold the write lock during scrypt.
    password_hash = security.hash_password(body.password, n=settings.scrypt_n)
    try:
        with db.transaction(conn, write=True):
            row = repository.insert_user(conn, body.username, password_hash)
    except repository.UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserOut.model_validate(dict(row))


@router.post(
    "/auth/token",
    response_model=TokenOut,
    tags=["auth"],
    summary="Log in (OAuth2 password grant) and obtain a bearer token",
    responses={401: {"model": Problem, "description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Connection, settings: SettingsDep
) -> TokenOut:
    row = repository.get_credentials(conn, form.username)
    if row is None or not security.verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = security.issue_token(row["id"], settings.secret_key, settings.token_ttl_seconds)
    return TokenOut(access_token=token, expires_in=settings.token_ttl_seconds)


# --------------------------------------------------------------------------- todos


@router.post(
    "/todos",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    tags=["todos"],
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
def create_todo(body: TodoCreate, user_id: UserId, conn: Connection) -> TodoOut:
    with db.transaction(conn, write=True):
        row = repository.insert_todo(conn, user_id, body.title, body.description, body.done)
    return TodoOut.model_validate(dict(row))


@router.get(
    "/todos",
    response_model=TodoPage,
    tags=["todos"],
    summary="List your todos, oldest first",
    responses=UNAUTHORIZED,
)
def list_todos(
    user_id: UserId,
    conn: Connection,
    limit: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = PAGE_SIZE_DEFAULT,
    offset: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
) -> TodoPage:
    with db.transaction(conn):
        total = repository.count_todos(conn, user_id)
        rows = repository.list_todos(conn, user_id, limit, offset)
    return TodoPage(
        items=[TodoOut.model_validate(dict(r)) for r in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/todos/{todo_id}",
    response_model=TodoOut,
    tags=["todos"],
    summary="Read one of your todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def read_todo(todo_id: TodoId, user_id: UserId, conn: Connection) -> TodoOut:
    row = repository.get_todo(conn, user_id, todo_id)
    if row is None:
        raise _todo_not_found(todo_id)
    return TodoOut.model_validate(dict(row))


@router.patch(
    "/todos/{todo_id}",
    response_model=TodoOut,
    tags=["todos"],
    summary="Partially update one of your todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def update_todo(todo_id: TodoId, body: TodoUpdate, user_id: UserId, conn: Connection) -> TodoOut:
    with db.transaction(conn, write=True):
        row = repository.update_todo(conn, user_id, todo_id, body.model_dump(exclude_unset=True))
    if row is None:
        raise _todo_not_found(todo_id)
    return TodoOut.model_validate(dict(row))


@router.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    tags=["todos"],
    summary="Delete one of your todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def delete_todo(todo_id: TodoId, user_id: UserId, conn: Connection) -> Response:
    with db.transaction(conn, write=True):
        deleted = repository.delete_todo(conn, user_id, todo_id)
    if not deleted:
        raise _todo_not_found(todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
