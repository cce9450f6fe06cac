"""Composition root: wires settings, clock and store into a FastAPI app.

Everything the handlers need is captured by closures in `create_app`, so there is no
module-level mutable state and tests build an app per test with their own settings.
"""
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Annotated

import aiosqlite
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import security, store
from .config import Settings, load_settings
from .domain import SQLITE_MAX_INT, Credentials, ErrorOut, Todo, TodoIn, TodoPage, TodoPatch, Token, UserOut
from .result import Err, Ok

Clock = Callable[[], datetime]
TodoId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT, description="Todo id")]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid bearer token"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo (or it belongs to someone else)"}}


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def _todo_not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")


def create_app(settings: Settings, clock: Clock = utc_now) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with aiosqlite.connect(settings.database_path) as db:
            await store.init_schema(db)
        yield

    async def connection() -> AsyncIterator[aiosqlite.Connection]:
        async with aiosqlite.connect(settings.database_path) as db:
            await db.execute("PRAGMA foreign_keys = ON")
            yield db

    oauth2 = OAuth2PasswordBearer(tokenUrl="auth/token")
    Db = Annotated[aiosqlite.Connection, Depends(connection)]

    async def current_user(token: Annotated[str, Depends(oauth2)], db: Db) -> int:
        match security.read_token(settings.jwt_secret, token):
            case Ok(user_id) if await store.find_username(db, user_id) is not None:
                return user_id
            case _:
                raise _unauthorized("Invalid or expired token")

    UserId = Annotated[int, Depends(current_user)]

    # ---- auth ------------------------------------------------------------------
    auth = APIRouter(prefix="/auth", tags=["auth"])

    @auth.post(
        "/signup",
        status_code=status.HTTP_201_CREATED,
        response_model=UserOut,
        responses={409: {"model": ErrorOut, "description": "Username already taken"}},
        summary="Create an account",
    )
    async def signup(credentials: Credentials, db: Db) -> UserOut:
        password_hash = await security.hash_password(credentials.password)
        match await store.insert_user(db, credentials.username, password_hash):
            case Ok(user_id):
                return UserOut(id=user_id, username=credentials.username)
            case Err(_):
                raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")

    @auth.post(
        "/token",
        response_model=Token,
        responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
        summary="Log in (OAuth2 password flow) and get a bearer token",
    )
    async def token(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: Db) -> Token:
        found = await store.find_credentials(db, form.username)
        verified = found is not None and await security.verify_password(found[1], form.password)
        match (found, verified):
            case ((user_id, _), True):
                return Token(access_token=security.issue_token(settings.jwt_secret, settings.token_ttl_seconds, user_id, clock()))
            case _:
                raise _unauthorized("Incorrect username or password")

    # ---- todos -----------------------------------------------------------------
    todos = APIRouter(prefix="/todos", tags=["todos"], responses=UNAUTHORIZED)

    @todos.get("", response_model=TodoPage, summary="List your todos, oldest first")
    async def list_todos(
        user_id: UserId,
        db: Db,
        limit: Annotated[int, Query(ge=1, le=settings.page_max, description="Page size")] = settings.page_default,
        offset: Annotated[int, Query(ge=0, le=SQLITE_MAX_INT, description="Items to skip")] = 0,
    ) -> TodoPage:
        items, total = await store.page_of_todos(db, user_id, limit, offset)
        return TodoPage(items=items, total=total, limit=limit, offset=offset)

    @todos.post("", status_code=status.HTTP_201_CREATED, response_model=Todo, summary="Create a todo")
    async def create_todo(body: TodoIn, user_id: UserId, db: Db) -> Todo:
        return await store.insert_todo(db, user_id, body, clock())

    @todos.get("/{todo_id}", response_model=Todo, responses=NOT_FOUND, summary="Read one of your todos")
    async def read_todo(todo_id: TodoId, user_id: UserId, db: Db) -> Todo:
        match await store.find_todo(db, user_id, todo_id):
            case Todo() as todo:
                return todo
            case None:
                raise _todo_not_found()

    @todos.patch("/{todo_id}", response_model=Todo, responses=NOT_FOUND, summary="Update some fields of a todo")
    async def update_todo(todo_id: TodoId, body: TodoPatch, user_id: UserId, db: Db) -> Todo:
        match await store.patch_todo(db, user_id, todo_id, body, clock()):
            case Todo() as todo:
                return todo
            case None:
                raise _todo_not_found()

    @todos.delete(
        "/{todo_id}",
        status_code=status.HTTP_204_NO_CONTENT,
        response_class=Response,
        responses=NOT_FOUND,
        summary="Delete a todo",
    )
    async def delete_todo(todo_id: TodoId, user_id: UserId, db: Db) -> Response:
        if not await store.remove_todo(db, user_id, todo_id):
            raise _todo_not_found()
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Personal todo lists. Authenticate with `POST /auth/token` (OAuth2 password flow).",
        lifespan=lifespan,
    )
    app.include_router(auth)
    app.include_router(todos)
    return app


def app_from_env() -> FastAPI:
    """Entry point for `uvicorn --factory todoapi.api:app_from_env`."""
    return create_app(load_settings(os.environ))
