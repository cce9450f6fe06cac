from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, NoReturn

import aiosqlite
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import db, security
from .domain import (
    BadCredentials,
    DomainError,
    ErrorEnvelope,
    SignUp,
    Todo,
    TodoIn,
    TodoNotFound,
    TodoPage,
    TodoPatch,
    Token,
    UsernameTaken,
    UserOut,
)
from .result import Err, Ok

MAX_PAGE: int = 100
DEFAULT_PAGE: int = 20
SQLITE_MAX_INT: int = 2**63 - 1

TodoId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT, description="Todo identifier")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=SQLITE_MAX_INT, description="Items to skip")]

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

_401: dict[int | str, dict[str, Any]] = {401: {"model": ErrorEnvelope, "description": "Missing or invalid token"}}
_404: dict[int | str, dict[str, Any]] = {404: {"model": ErrorEnvelope, "description": "No such todo (or not yours)"}}


def raise_for(error: DomainError) -> NoReturn:
    """The single place where domain errors become HTTP statuses."""
    match error:
        case TodoNotFound():
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=error.model_dump())
        case UsernameTaken():
            raise HTTPException(status.HTTP_409_CONFLICT, detail=error.model_dump())
        case BadCredentials():
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                detail=error.model_dump(),
                headers={"WWW-Authenticate": "Bearer"},
            )


# ---- dependencies -----------------------------------------------------------


async def get_conn(request: Request) -> aiosqlite.Connection:
    conn: aiosqlite.Connection = request.app.state.conn
    return conn


Conn = Annotated[aiosqlite.Connection, Depends(get_conn)]


async def current_user_id(token: Annotated[str, Depends(oauth2_scheme)], conn: Conn) -> int:
    match security.decode_token(token):
        case None:
            raise_for(BadCredentials())
        case user_id:
            if not await db.user_exists(conn, user_id):
                raise_for(BadCredentials())
            return user_id


UserId = Annotated[int, Depends(current_user_id)]

# ---- routes -----------------------------------------------------------------

auth = APIRouter(prefix="/auth", tags=["auth"])
todos = APIRouter(prefix="/todos", tags=["todos"], responses=_401)


@auth.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorEnvelope, "description": "Username already taken"}},
)
async def signup(body: SignUp, conn: Conn) -> UserOut:
    password_hash = await security.hash_password(body.password)
    match await db.insert_user(conn, body.username, password_hash):
        case Ok(user_id):
            return UserOut(id=user_id, username=body.username)
        case Err(error):
            raise_for(error)


@auth.post("/token", summary="Log in (OAuth2 password flow)", responses=_401)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> Token:
    credentials = await db.find_credentials(conn, form.username)
    if credentials is None:
        raise_for(BadCredentials())
    user_id, password_hash = credentials
    if not await security.verify_password(password_hash, form.password):
        raise_for(BadCredentials())
    return Token(access_token=security.issue_token(user_id))


@todos.get("", summary="List my todos, oldest first")
async def list_todos(
    user_id: UserId, conn: Conn, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
) -> TodoPage:
    items, total = await db.list_todos(conn, user_id, limit, offset)
    return TodoPage(items=items, total=total, limit=limit, offset=offset)


@todos.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoIn, user_id: UserId, conn: Conn) -> Todo:
    return await db.insert_todo(conn, user_id, body)


@todos.get("/{todo_id}", summary="Read one of my todos", responses=_404)
async def read_todo(todo_id: TodoId, user_id: UserId, conn: Conn) -> Todo:
    match await db.get_todo(conn, user_id, todo_id):
        case Ok(todo):
            return todo
        case Err(error):
            raise_for(error)


@todos.patch("/{todo_id}", summary="Update some fields of one of my todos", responses=_404)
async def update_todo(todo_id: TodoId, body: TodoPatch, user_id: UserId, conn: Conn) -> Todo:
    match await db.patch_todo(conn, user_id, todo_id, body):
        case Ok(todo):
            return todo
        case Err(error):
            raise_for(error)


@todos.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of my todos",
    responses=_404,
)
async def delete_todo(todo_id: TodoId, user_id: UserId, conn: Conn) -> Response:
    match await db.delete_todo(conn, user_id, todo_id):
        case Ok(None):
            return Response(status_code=status.HTTP_204_NO_CONTENT)
        case Err(error):
            raise_for(error)


# ---- application ------------------------------------------------------------


def create_app(db_path: str | None = None) -> FastAPI:
    path = db_path or os.environ.get("TODO_DB_PATH", "todos.sqlite3")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.conn = await db.connect(path)
        try:
            yield
        finally:
            await app.state.conn.close()

    app = FastAPI(
        title="todoml",
        version="0.1.0",
        description="Multi-user todo lists. Authenticate with `POST /auth/token`.",
        lifespan=lifespan,
    )
    app.include_router(auth)
    app.include_router(todos)
    return app


app = create_app()
