"""HTTP layer: routing, dependency wiring and the mapping of domain errors to status codes."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, assert_never

import aiosqlite
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import db, services
from .config import Settings, load_settings
from .domain import (
    LoginError,
    Page,
    Password,
    RegisterError,
    TodoError,
    TodoId,
    TokenError,
    UserId,
    Username,
)
from .result import Err, Ok
from .schemas import ErrorBody, Token, TodoIn, TodoOut, UserCreate, UserOut
from .security import issue_token

logger = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


# --- dependencies ----------------------------------------------------------


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_conn(settings: SettingsDep) -> AsyncIterator[aiosqlite.Connection]:
    async with db.connect(settings.database_path) as conn:
        yield conn


Conn = Annotated[aiosqlite.Connection, Depends(get_conn)]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)], conn: Conn, settings: SettingsDep
) -> UserId:
    match await services.resolve_token(conn, settings, token):
        case Ok(user_id):
            return user_id
        case Err(TokenError.EXPIRED):
            raise _unauthorized("token expired")
        case Err(TokenError.MALFORMED | TokenError.UNKNOWN_USER):
            raise _unauthorized("invalid token")


CurrentUser = Annotated[UserId, Depends(current_user)]


def pagination(
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, 1..{MAX_PAGE_SIZE}")
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Records to skip")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


def _todo_error(error: TodoError) -> HTTPException:
    match error:
        case TodoError.NOT_FOUND:
            return HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
        case _:
            assert_never(error)


# --- routes ----------------------------------------------------------------

_AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Missing, invalid or expired token"},
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such todo (or not yours)"},
}

auth_router = APIRouter(prefix="/auth", tags=["auth"])
todo_router = APIRouter(prefix="/todos", tags=["todos"], responses=_AUTH_RESPONSES)


@auth_router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorBody, "description": "Username already taken"}},
)
async def register(body: UserCreate, conn: Conn) -> UserOut:
    match await services.register(conn, Username(body.username), Password(body.password)):
        case Ok(user):
            return UserOut(id=user.id, username=user.username)
        case Err(RegisterError.USERNAME_TAKEN):
            raise HTTPException(status.HTTP_409_CONFLICT, "username already taken")


@auth_router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorBody, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn, settings: SettingsDep
) -> Token:
    match await services.authenticate(conn, Username(form.username), Password(form.password)):
        case Ok(user_id):
            return Token(access_token=issue_token(user_id, settings))
        case Err(LoginError.INVALID_CREDENTIALS):
            raise _unauthorized("incorrect username or password")


@todo_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
async def create_todo(body: TodoIn, user: CurrentUser, conn: Conn) -> TodoOut:
    todo = await db.insert_todo(conn, user, body.to_fields())
    return TodoOut.from_domain(todo)


@todo_router.get("", response_model=list[TodoOut], summary="List your todos, oldest first")
async def list_todos(
    user: CurrentUser, conn: Conn, page: Annotated[Page, Depends(pagination)]
) -> list[TodoOut]:
    todos = await db.list_todos(conn, user, page)
    return [TodoOut.from_domain(todo) for todo in todos]


@todo_router.get(
    "/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=_NOT_FOUND
)
async def get_todo(todo_id: int, user: CurrentUser, conn: Conn) -> TodoOut:
    match await db.get_todo(conn, user, TodoId(todo_id)):
        case Ok(todo):
            return TodoOut.from_domain(todo)
        case Err(error):
            raise _todo_error(error)


@todo_router.put(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Replace a todo (all fields; omitted optional fields reset to defaults)",
    responses=_NOT_FOUND,
)
async def replace_todo(todo_id: int, body: TodoIn, user: CurrentUser, conn: Conn) -> TodoOut:
    match await db.replace_todo(conn, user, TodoId(todo_id), body.to_fields()):
        case Ok(todo):
            return TodoOut.from_domain(todo)
        case Err(error):
            raise _todo_error(error)


@todo_router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: int, user: CurrentUser, conn: Conn) -> None:
    match await db.delete_todo(conn, user, TodoId(todo_id)):
        case Ok(None):
            return None
        case Err(error):
            raise _todo_error(error)


# --- app -------------------------------------------------------------------


def create_app(settings: Settings | None = None) -> FastAPI:
    resolved = settings if settings is not None else load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await db.init_schema(resolved.database_path)
        logger.info("database ready at %s", resolved.database_path)
        yield

    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        description="Personal todo lists. Authenticate with `POST /auth/token` "
        "(OAuth2 password flow), then send `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.state.settings = resolved
    app.include_router(auth_router)
    app.include_router(todo_router)
    return app


app = create_app()
