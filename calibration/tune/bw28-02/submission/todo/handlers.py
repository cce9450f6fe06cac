import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request, Response, status

from todo import auth
from todo.config import Config
from todo.models import Credentials, ErrorResponse, Todo, TodoCreate, TodoList, TodoPatch, TokenResponse, User
from todo.store import ErrConflict, ErrNotFound, Store

MAX_LIMIT = 100
DEFAULT_LIMIT = 20
MAX_INT64 = 2**63 - 1

router = APIRouter()


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_config(request: Request) -> Config:
    return request.app.state.config


def unauthorized(msg: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=msg, headers={"WWW-Authenticate": "Bearer"})


async def current_user(
    authorization: Annotated[str | None, Header()] = None,
    store: Store = Depends(get_store),
    cfg: Config = Depends(get_config),
) -> User:
    if authorization is None:
        raise unauthorized("missing authorization header")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or token == "":
        raise unauthorized("expected bearer token")

    user_id, err = auth.parse_token(token, cfg.jwt_secret)
    if err is not None:
        raise unauthorized("invalid token")

    user, err = store.get_user(user_id)
    if err is not None:
        raise unauthorized("invalid token")
    return user


TodoID = Annotated[int, Path(ge=1, le=MAX_INT64)]
NotFound = {404: {"model": ErrorResponse}}
Unauthorized = {401: {"model": ErrorResponse}}


# ---- auth ----


@router.post("/signup", status_code=status.HTTP_201_CREATED, tags=["auth"], responses={409: {"model": ErrorResponse}})
async def signup(creds: Credentials, store: Store = Depends(get_store), cfg: Config = Depends(get_config)) -> User:
    # pbkdf2 is slow on purpose, run it off the event loop (like a goroutine)
    hashed = await asyncio.to_thread(auth.hash_password, creds.password, cfg.pbkdf2_iterations)
    user, err = store.create_user(creds.username, hashed)
    if isinstance(err, ErrConflict):
        raise HTTPException(status.HTTP_409_CONFLICT, detail=str(err))
    return user


@router.post("/login", tags=["auth"], responses=Unauthorized)
async def login(creds: Credentials, store: Store = Depends(get_store), cfg: Config = Depends(get_config)) -> TokenResponse:
    row, err = store.get_user_by_username(creds.username)
    if err is not None:
        raise unauthorized("invalid username or password")

    ok = await asyncio.to_thread(auth.check_password, creds.password, row["password_hash"])
    if not ok:
        raise unauthorized("invalid username or password")

    return TokenResponse(access_token=auth.new_token(row["id"], cfg.jwt_secret, cfg.token_ttl_seconds))


# ---- todos ----


@router.get("/todos", tags=["todos"], responses=Unauthorized)
async def list_todos(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    user: User = Depends(current_user),
    store: Store = Depends(get_store),
) -> TodoList:
    todos = store.list_todos(user.id)
    return TodoList(items=todos[offset : offset + limit], total=len(todos), limit=limit, offset=offset)


@router.post("/todos", status_code=status.HTTP_201_CREATED, tags=["todos"], responses=Unauthorized)
async def create_todo(in_: TodoCreate, user: User = Depends(current_user), store: Store = Depends(get_store)) -> Todo:
    todo, err = store.create_todo(user.id, in_)
    if err is not None:
        raise err
    return todo


@router.get("/todos/{todo_id}", tags=["todos"], responses={**NotFound, **Unauthorized})
async def get_todo(todo_id: TodoID, user: User = Depends(current_user), store: Store = Depends(get_store)) -> Todo:
    todo, err = store.get_todo(user.id, todo_id)
    if isinstance(err, ErrNotFound):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=str(err))
    return todo


@router.patch("/todos/{todo_id}", tags=["todos"], responses={**NotFound, **Unauthorized})
async def update_todo(
    todo_id: TodoID, p: TodoPatch, user: User = Depends(current_user), store: Store = Depends(get_store)
) -> Todo:
    todo, err = store.update_todo(user.id, todo_id, p)
    if isinstance(err, ErrNotFound):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=str(err))
    return todo


@router.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["todos"],
    responses={**NotFound, **Unauthorized},
)
async def delete_todo(todo_id: TodoID, user: User = Depends(current_user), store: Store = Depends(get_store)) -> Response:
    err = store.delete_todo(user.id, todo_id)
    if isinstance(err, ErrNotFound):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=str(err))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
