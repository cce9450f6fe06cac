"""HTTP handlers.

All handlers are plain `def`: psycopg is used in blocking mode, and FastAPI
runs sync handlers in its threadpool so they never block the event loop.
"""
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from todoapi import auth
from todoapi.config import Config
from todoapi.errs import ERROR_RESPONSES, APIError, ErrorResponse, invalid, unauthorized
from todoapi.models import (
    LoginRequest,
    SignupRequest,
    TodoCreateRequest,
    TodoListResponse,
    TodoResponse,
    TodoUpdateRequest,
    TokenResponse,
    UserResponse,
)
from todoapi.store import Store, User

router = APIRouter()
bearer = HTTPBearer(auto_error=False)


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_config(request: Request) -> Config:
    cfg: Config = request.app.state.config
    return cfg


def current_user(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    store: Store = Depends(get_store),
    cfg: Config = Depends(get_config),
) -> User:
    if creds is None or creds.scheme.lower() != "bearer":
        raise unauthorized("missing bearer token")
    user_id, reason = auth.parse_token(creds.credentials, cfg.token_secret)
    if user_id is None:
        raise unauthorized(reason or "invalid token")
    user = store.user_by_id(user_id)
    if user is None:
        raise unauthorized("user no longer exists")
    return user


# ---- accounts ----


@router.post(
    "/auth/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserResponse,
    responses={409: {"model": ErrorResponse, "description": "Username taken"}, 422: ERROR_RESPONSES[422]},
    summary="Create an account",
    tags=["auth"],
)
def signup(body: SignupRequest, store: Store = Depends(get_store)) -> UserResponse:
    user, err = store.create_user(body.username, auth.hash_password(body.password))
    if err is not None:
        raise err
    assert user is not None
    return UserResponse(id=user.id, username=user.username, created_at=user.created_at)


@router.post(
    "/auth/login",
    response_model=TokenResponse,
    responses={401: ERROR_RESPONSES[401], 422: ERROR_RESPONSES[422]},
    summary="Exchange username and password for a bearer token",
    tags=["auth"],
)
def login(
    body: LoginRequest, store: Store = Depends(get_store), cfg: Config = Depends(get_config)
) -> TokenResponse:
    user = store.user_by_username(body.username)
    if user is None or not auth.verify_password(body.password, user.password_hash):
        raise unauthorized("wrong username or password")
    token = auth.issue_token(user.id, cfg.token_secret, cfg.token_ttl_seconds)
    return TokenResponse(access_token=token, expires_in=cfg.token_ttl_seconds)


@router.get(
    "/auth/me",
    response_model=UserResponse,
    responses={401: ERROR_RESPONSES[401]},
    summary="The account the token belongs to",
    tags=["auth"],
)
def me(user: User = Depends(current_user)) -> UserResponse:
    return UserResponse(id=user.id, username=user.username, created_at=user.created_at)


# ---- todos ----

TodoID = Annotated[int, Path(ge=1, description="Todo id")]


@router.post(
    "/todos",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoResponse,
    responses={401: ERROR_RESPONSES[401], 422: ERROR_RESPONSES[422]},
    summary="Create a todo",
    tags=["todos"],
)
def create_todo(
    body: TodoCreateRequest, user: User = Depends(current_user), store: Store = Depends(get_store)
) -> TodoResponse:
    t = store.create_todo(user.id, body.title, body.description, body.done)
    return TodoResponse.from_todo(t)


@router.get(
    "/todos",
    response_model=TodoListResponse,
    responses={401: ERROR_RESPONSES[401], 422: ERROR_RESPONSES[422]},
    summary="List your todos, oldest first",
    tags=["todos"],
)
def list_todos(
    limit: int = Query(20, ge=1, le=100, description="Page size, 1..100"),
    offset: int = Query(0, ge=0, le=1_000_000, description="Items to skip"),
    user: User = Depends(current_user),
    store: Store = Depends(get_store),
) -> TodoListResponse:
    items = store.list_todos(user.id, limit, offset)
    total = store.count_todos(user.id)
    return TodoListResponse(
        items=[TodoResponse.from_todo(t) for t in items], total=total, limit=limit, offset=offset
    )


@router.get(
    "/todos/{todo_id}",
    response_model=TodoResponse,
    responses=ERROR_RESPONSES,
    summary="Read one todo",
    tags=["todos"],
)
def get_todo(
    todo_id: TodoID, user: User = Depends(current_user), store: Store = Depends(get_store)
) -> TodoResponse:
    t, err = store.get_todo(user.id, todo_id)
    if err is not None:
        raise err
    assert t is not None
    return TodoResponse.from_todo(t)


@router.patch(
    "/todos/{todo_id}",
    response_model=TodoResponse,
    responses=ERROR_RESPONSES,
    summary="Change some fields of a todo",
    tags=["todos"],
)
def update_todo(
    body: TodoUpdateRequest,
    todo_id: TodoID,
    user: User = Depends(current_user),
    store: Store = Depends(get_store),
) -> TodoResponse:
    fields = body.model_dump(exclude_unset=True)
    for name in ("title", "done"):
        if name in fields and fields[name] is None:
            raise invalid(f"{name} may not be null")
    t, err = store.update_todo(user.id, todo_id, fields)
    if err is not None:
        raise err
    assert t is not None
    return TodoResponse.from_todo(t)


@router.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={401: ERROR_RESPONSES[401], 404: ERROR_RESPONSES[404]},
    summary="Delete a todo",
    tags=["todos"],
)
def delete_todo(
    todo_id: TodoID, user: User = Depends(current_user), store: Store = Depends(get_store)
) -> Response:
    err = store.delete_todo(user.id, todo_id)
    if err is not None:
        raise err
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/healthz", summary="Liveness and database check", tags=["ops"])
def healthz(store: Store = Depends(get_store)) -> dict[str, str]:
    if not store.db.ping():
        raise APIError(503, "unavailable", "database unreachable")
    return {"status": "ok"}
