"""HTTP handlers.

Handlers are plain `def` on purpose: sqlite3 and bcrypt are blocking calls, and
FastAPI runs `def` handlers and dependencies in its threadpool instead of on the
event loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from todoapi import auth, store
from todoapi.config import Config
from todoapi.models import (
    ErrorResponse,
    SignupRequest,
    TodoCreate,
    TodoPage,
    TodoResponse,
    TodoUpdate,
    TokenResponse,
    UserResponse,
)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_INT64 = 2**63 - 1  # SQLite INTEGER range; larger ids cannot exist

router = APIRouter()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

UNAUTHORIZED = {401: {"model": ErrorResponse, "description": "Missing, invalid or expired token"}}
NOT_FOUND = {404: {"model": ErrorResponse, "description": "Todo does not exist or is not yours"}}


# ---- dependencies ----------------------------------------------------------


def get_config(request: Request) -> Config:
    cfg: Config = request.app.state.config
    return cfg


def get_db(cfg: Annotated[Config, Depends(get_config)]) -> Iterator[sqlite3.Connection]:
    conn = store.open_db(cfg.db_path)
    try:
        yield conn
    finally:
        conn.close()


ConfigDep = Annotated[Config, Depends(get_config)]
DBDep = Annotated[sqlite3.Connection, Depends(get_db)]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_user(
    token: Annotated[str, Depends(oauth2_scheme)], conn: DBDep, cfg: ConfigDep
) -> store.UserRow:
    try:
        user_id = auth.parse_token(token, cfg.jwt_secret)
        return store.get_user_by_id(conn, user_id)
    except (auth.ErrInvalidToken, store.ErrNotFound):
        raise _unauthorized("Invalid or expired token") from None


UserDep = Annotated[store.UserRow, Depends(current_user)]
TodoID = Annotated[int, Path(ge=1, le=MAX_INT64, description="Todo id")]


def _todo_response(row: store.TodoRow) -> TodoResponse:
    return TodoResponse(
        id=row.id,
        title=row.title,
        description=row.description,
        done=row.done,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _not_found() -> HTTPException:
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")


# ---- auth ------------------------------------------------------------------


@router.post(
    "/auth/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserResponse,
    responses={409: {"model": ErrorResponse, "description": "Username already taken"}},
    tags=["auth"],
    summary="Create an account",
)
def signup(body: SignupRequest, conn: DBDep, cfg: ConfigDep) -> UserResponse:
    password_hash = auth.hash_password(body.password, cfg.bcrypt_rounds)
    try:
        user = store.create_user(conn, body.username, password_hash)
    except store.ErrUsernameTaken:
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT, detail="Username already taken"
        ) from None
    return UserResponse(id=user.id, username=user.username)


@router.post(
    "/auth/token",
    response_model=TokenResponse,
    responses={401: {"model": ErrorResponse, "description": "Wrong username or password"}},
    tags=["auth"],
    summary="Log in (OAuth2 password flow) and get a bearer token",
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: DBDep, cfg: ConfigDep
) -> TokenResponse:
    try:
        user = store.get_user_by_username(conn, form.username)
    except store.ErrNotFound:
        raise _unauthorized("Incorrect username or password") from None
    if not auth.verify_password(form.password, user.password_hash):
        raise _unauthorized("Incorrect username or password")

    token = auth.issue_token(user.id, cfg.jwt_secret, cfg.token_ttl_seconds)
    return TokenResponse(access_token=token, expires_in=cfg.token_ttl_seconds)


@router.get(
    "/auth/me",
    response_model=UserResponse,
    responses=UNAUTHORIZED,
    tags=["auth"],
    summary="The user the token belongs to",
)
def me(user: UserDep) -> UserResponse:
    return UserResponse(id=user.id, username=user.username)


# ---- todos -----------------------------------------------------------------


@router.get(
    "/todos",
    response_model=TodoPage,
    responses=UNAUTHORIZED,
    tags=["todos"],
    summary="List your todos, oldest first",
)
def list_todos(
    user: UserDep,
    conn: DBDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_INT64)] = 0,
) -> TodoPage:
    rows, total = store.list_todos(conn, user.id, limit, offset)
    return TodoPage(
        items=[_todo_response(r) for r in rows], total=total, limit=limit, offset=offset
    )


@router.post(
    "/todos",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoResponse,
    responses=UNAUTHORIZED,
    tags=["todos"],
    summary="Create a todo",
)
def create_todo(body: TodoCreate, user: UserDep, conn: DBDep) -> TodoResponse:
    row = store.create_todo(conn, user.id, body.title, body.description, body.done)
    return _todo_response(row)


@router.get(
    "/todos/{todo_id}",
    response_model=TodoResponse,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Read one of your todos",
)
def get_todo(todo_id: TodoID, user: UserDep, conn: DBDep) -> TodoResponse:
    try:
        return _todo_response(store.get_todo(conn, user.id, todo_id))
    except store.ErrNotFound:
        raise _not_found() from None


@router.patch(
    "/todos/{todo_id}",
    response_model=TodoResponse,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Change some fields of one of your todos",
)
def update_todo(
    todo_id: TodoID, body: TodoUpdate, user: UserDep, conn: DBDep
) -> TodoResponse:
    changes = body.model_dump(exclude_unset=True)
    try:
        return _todo_response(store.update_todo(conn, user.id, todo_id, changes))
    except store.ErrNotFound:
        raise _not_found() from None


@router.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Delete one of your todos",
)
def delete_todo(todo_id: TodoID, user: UserDep, conn: DBDep) -> Response:
    try:
        store.delete_todo(conn, user.id, todo_id)
    except store.ErrNotFound:
        raise _not_found() from None
    return Response(status_code=status.HTTP_204_NO_CONTENT)
