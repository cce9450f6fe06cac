"""HTTP routes. Handlers validate, call the repository, and shape the answer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.dependencies import AppSettings, CurrentUser, Repository
from todo_api.repository import TodoRecord, UsernameTakenError
from todo_api.schemas import Message, Token, TodoCreate, TodoOut, UserCreate, UserOut
from todo_api.security import create_access_token, hash_password, verify_password

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

_401: dict[int | str, dict[str, Any]] = {
    401: {"model": Message, "description": "Missing, invalid or expired token"}
}
_404: dict[int | str, dict[str, Any]] = {
    404: {"model": Message, "description": "No such todo (or it belongs to someone else)"}
}

auth_router = APIRouter(prefix="/auth", tags=["auth"])
todo_router = APIRouter(prefix="/todos", tags=["todos"], responses=_401)


def _todo_out(todo: TodoRecord) -> TodoOut:
    return TodoOut(id=todo.id, title=todo.title, description=todo.description, done=todo.done)


def _not_found(todo_id: int) -> HTTPException:
    # Same answer whether the todo does not exist or belongs to another user,
    # so nobody can probe for other people's ids.
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"Todo {todo_id} not found")


# -- accounts -------------------------------------------------------------------


@auth_router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": Message, "description": "Username already taken"}},
)
async def register(body: UserCreate, repository: Repository) -> UserOut:
    password_hash = await hash_password(body.password)
    try:
        user = repository.add_user(body.username, password_hash)
    except UsernameTakenError:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return UserOut(id=user.id, username=user.username)


@auth_router.post(
    "/token",
    response_model=Token,
    summary="Log in and receive a bearer token",
    responses={401: {"model": Message, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    repository: Repository,
    settings: AppSettings,
) -> Token:
    user = repository.get_user_by_username(form.username)
    stored_hash = user.password_hash if user is not None else None
    if not await verify_password(form.password, stored_hash) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))


# -- todos ----------------------------------------------------------------------


@todo_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, repository: Repository) -> TodoOut:
    todo = repository.add_todo(user.id, body.title, body.description, body.done)
    return _todo_out(todo)


@todo_router.get("", response_model=list[TodoOut], summary="List your todos, oldest first")
async def list_todos(
    user: CurrentUser,
    repository: Repository,
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, 1 to {MAX_PAGE_SIZE}")
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="How many todos to skip")] = 0,
) -> list[TodoOut]:
    todos = repository.list_todos(user.id, limit=limit, offset=offset)
    return [_todo_out(todo) for todo in todos]


@todo_router.get(
    "/{todo_id}", response_model=TodoOut, summary="Read one of your todos", responses=_404
)
async def read_todo(todo_id: int, user: CurrentUser, repository: Repository) -> TodoOut:
    todo = repository.get_todo(user.id, todo_id)
    if todo is None:
        raise _not_found(todo_id)
    return _todo_out(todo)


@todo_router.put(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Replace one of your todos",
    responses=_404,
)
async def replace_todo(
    todo_id: int, body: TodoCreate, user: CurrentUser, repository: Repository
) -> TodoOut:
    todo = repository.replace_todo(
        user.id, todo_id, title=body.title, description=body.description, done=body.done
    )
    if todo is None:
        raise _not_found(todo_id)
    return _todo_out(todo)


@todo_router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete one of your todos",
    responses=_404,
)
async def delete_todo(todo_id: int, user: CurrentUser, repository: Repository) -> None:
    if not repository.delete_todo(user.id, todo_id):
        raise _not_found(todo_id)
