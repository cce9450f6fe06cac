import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated
from uuid import UUID

from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

from app import settings, store
from app.models import (
    Problem,
    SignupIn,
    TodoId,
    TodoIn,
    TodoList,
    TodoOut,
    TokenOut,
    UserId,
    UserOut,
)
from app.security import decode_token, encode_token, hash_password, password_matches, utcnow

FAILED_LOGIN_DELAY_S = 1.0


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with AsyncConnectionPool(
        settings.DATABASE_URL, min_size=2, max_size=10, open=False
    ) as pool:
        async with pool.connection() as conn:
            await conn.execute(store.SCHEMA)
        app.state.pool = pool
        yield


app = FastAPI(
    title="Todos",
    summary="Per-user todo lists behind an OAuth2 bearer token.",
    version="0.1.0",
    lifespan=lifespan,
)

oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


async def db(request: Request) -> AsyncIterator[AsyncConnection]:
    pool: AsyncConnectionPool = request.app.state.pool
    async with pool.connection() as conn:
        yield conn


Db = Annotated[AsyncConnection, Depends(db)]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": "Bearer"})


async def me(token: Annotated[str, Depends(oauth2)]) -> UserId:
    match decode_token(token):
        case None:
            raise _unauthorized("invalid or expired token")
        case user_id:
            return user_id


Me = Annotated[UserId, Depends(me)]

AUTH_ERRORS: dict[int | str, dict[str, object]] = {401: {"model": Problem}}
ITEM_ERRORS: dict[int | str, dict[str, object]] = {401: {"model": Problem}, 404: {"model": Problem}}


# --- accounts ---------------------------------------------------------------


@app.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    tags=["accounts"],
    summary="Sign up",
    responses={409: {"model": Problem, "description": "username taken"}},
)
async def sign_up(body: SignupIn, conn: Db) -> UserOut:
    match await store.add_user(conn, body.username, hash_password(body.password)):
        case None:
            raise HTTPException(status.HTTP_409_CONFLICT, "username is taken")
        case user:
            return UserOut(id=user.id, username=user.username)


@app.post(
    "/token",
    tags=["accounts"],
    summary="Log in (OAuth2 password grant)",
    responses={401: {"model": Problem}},
)
async def log_in(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Db) -> TokenOut:
    user = await store.user_named(conn, form.username)
    if user is None or not password_matches(form.password, user.password_hash):
        time.sleep(FAILED_LOGIN_DELAY_S)  # make online guessing expensive
        raise _unauthorized("wrong username or password")
    return TokenOut(access_token=encode_token(user.id, utcnow()))


# --- todos ------------------------------------------------------------------


def _or_404[T](value: T | None) -> T:
    match value:
        case None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
        case found:
            return found


@app.post(
    "/todos",
    status_code=status.HTTP_201_CREATED,
    tags=["todos"],
    summary="Create a todo",
    responses=AUTH_ERRORS,
)
async def create_todo(body: TodoIn, owner: Me, conn: Db) -> TodoOut:
    row = await store.add_todo(conn, owner, body.title, body.description, body.done)
    return TodoOut.of(row)


@app.get("/todos", tags=["todos"], summary="List my todos", responses=AUTH_ERRORS)
async def list_todos(
    owner: Me,
    conn: Db,
    limit: Annotated[int, Query(ge=1, le=settings.PAGE_MAX)] = settings.PAGE_DEFAULT,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> TodoList:
    rows = await store.todos_of(conn, owner, limit, offset)
    return TodoList(items=[TodoOut.of(r) for r in rows], limit=limit, offset=offset)


@app.get("/todos/{todo_id}", tags=["todos"], summary="Get a todo", responses=ITEM_ERRORS)
async def get_todo(todo_id: UUID, owner: Me, conn: Db) -> TodoOut:
    return TodoOut.of(_or_404(await store.todo_of(conn, owner, TodoId(todo_id))))


@app.put("/todos/{todo_id}", tags=["todos"], summary="Replace a todo", responses=ITEM_ERRORS)
async def put_todo(todo_id: UUID, body: TodoIn, owner: Me, conn: Db) -> TodoOut:
    row = await store.replace_todo(
        conn, owner, TodoId(todo_id), body.title, body.description, body.done
    )
    return TodoOut.of(_or_404(row))


@app.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["todos"],
    summary="Delete a todo",
    responses=ITEM_ERRORS,
)
async def delete_todo(todo_id: UUID, owner: Me, conn: Db) -> None:
    if not await store.remove_todo(conn, owner, TodoId(todo_id)):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
