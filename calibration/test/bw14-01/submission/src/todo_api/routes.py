"""HTTP layer.

Handlers are plain `def`: the sqlite3 driver and scrypt are blocking, so
FastAPI runs these in its worker thread pool instead of on the event loop.
"""

import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from todo_api import db, repo
from todo_api.errors import InvalidCredentials, InvalidToken, TodoNotFound, UsernameTaken, to_http
from todo_api.schemas import (
    ErrorOut,
    TodoCreate,
    TodoOut,
    TodoPage,
    TodoUpdate,
    TokenOut,
    UserCreate,
    UserOut,
)

MAX_PAGE: int = 100
DEFAULT_PAGE: int = 20
I64_MAX: int = 2**63 - 1  # SQLite INTEGER; larger ids would overflow the driver

TodoId = Annotated[int, Path(ge=1, le=I64_MAX)]

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    yield from db.session(request.app.state.db_path)


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]


def current_user(conn: Conn, token: Annotated[str, Depends(oauth2)]) -> repo.UserId:
    result = repo.user_for_token(conn, token)
    if isinstance(result, InvalidToken):
        raise to_http(result)
    return result


CurrentUser = Annotated[repo.UserId, Depends(current_user)]

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such todo for this user"}}

auth = APIRouter(prefix="/auth", tags=["auth"])
todos = APIRouter(prefix="/todos", tags=["todos"], responses=UNAUTHORIZED)


@auth.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
    summary="Create an account",
)
def signup(body: UserCreate, conn: Conn) -> UserOut:
    result = repo.create_user(conn, body.username, body.password)
    if isinstance(result, UsernameTaken):
        raise to_http(result)
    return UserOut(**asdict(result))


@auth.post(
    "/token",
    response_model=TokenOut,
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
    summary="Log in (OAuth2 password flow) and receive a bearer token",
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> TokenOut:
    result = repo.issue_token(conn, form.username, form.password)
    if isinstance(result, InvalidCredentials):
        raise to_http(result)
    return TokenOut(access_token=result.token, expires_at=result.expires_at)


@todos.post("", status_code=status.HTTP_201_CREATED, response_model=TodoOut, summary="Create a todo")
def create(body: TodoCreate, user: CurrentUser, conn: Conn) -> TodoOut:
    todo = repo.create_todo(conn, user, body.title, body.description, body.done)
    return TodoOut(**asdict(todo))


@todos.get("", response_model=TodoPage, summary="List your todos, oldest first")
def list_(
    user: CurrentUser,
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    items, total = repo.list_todos(conn, user, limit, offset)
    return TodoPage(
        items=[TodoOut(**asdict(t)) for t in items], total=total, limit=limit, offset=offset
    )


@todos.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Read one todo")
def read(todo_id: TodoId, user: CurrentUser, conn: Conn) -> TodoOut:
    result = repo.get_todo(conn, user, todo_id)
    if isinstance(result, TodoNotFound):
        raise to_http(result)
    return TodoOut(**asdict(result))


@todos.patch(
    "/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Update some fields"
)
def update(todo_id: TodoId, body: TodoUpdate, user: CurrentUser, conn: Conn) -> TodoOut:
    result = repo.update_todo(conn, user, todo_id, body.model_dump(exclude_unset=True))
    if isinstance(result, TodoNotFound):
        raise to_http(result)
    return TodoOut(**asdict(result))


@todos.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
def delete(todo_id: TodoId, user: CurrentUser, conn: Conn) -> None:
    result = repo.delete_todo(conn, user, todo_id)
    if isinstance(result, TodoNotFound):
        raise to_http(result)
