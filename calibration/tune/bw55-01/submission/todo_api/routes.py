from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Path, Query, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.deps import CurrentUser, StateDep
from todo_api.domain import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    ErrorBody,
    SignUp,
    TodoCreate,
    TodoPage,
    TodoPatch,
    TodoView,
    TokenView,
    UserView,
)
from todo_api.store import TodoChanges, UsernameTaken

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Missing, invalid or expired bearer token"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such todo for this user"}
}

auth_router = APIRouter(prefix="/auth", tags=["auth"])
todo_router = APIRouter(prefix="/todos", tags=["todos"], responses=UNAUTHORIZED)

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")]
Offset = Annotated[int, Query(ge=0, description="Number of todos to skip")]
TodoId = Annotated[UUID, Path(description="Todo id (UUID)")]


@auth_router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorBody, "description": "Username already taken"}},
)
async def signup(body: SignUp, state: StateDep) -> UserView:
    try:
        user = await state.store.create_user(
            body.username, lambda: state.passwords.hash(body.password)
        )
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "username already taken") from None
    return UserView.of(user)


@auth_router.post(
    "/token",
    summary="Exchange username and password for a bearer token",
    responses={401: {"model": ErrorBody, "description": "Wrong username or password"}},
)
async def issue_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], state: StateDep
) -> TokenView:
    user = await state.store.user_by_name(form.username)
    ok = await state.passwords.verify(
        user.password_hash if user is not None else None, form.password
    )
    if user is None or not ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenView(access_token=state.tokens.issue(user.id), expires_in=state.tokens.ttl_seconds)


@auth_router.get("/me", summary="The authenticated user", responses=UNAUTHORIZED)
async def me(user: CurrentUser) -> UserView:
    return UserView.of(user)


@todo_router.get("", summary="List your todos, oldest first")
async def list_todos(
    user: CurrentUser,
    state: StateDep,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> TodoPage:
    records, total = await state.store.page(user.id, limit=limit, offset=offset)
    return TodoPage(
        items=[TodoView.of(r) for r in records], total=total, limit=limit, offset=offset
    )


@todo_router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, state: StateDep) -> TodoView:
    record = await state.store.insert_todo(user.id, body.title, body.description, body.done)
    return TodoView.of(record)


@todo_router.get("/{todo_id}", summary="Read one of your todos", responses=NOT_FOUND)
async def read_todo(todo_id: TodoId, user: CurrentUser, state: StateDep) -> TodoView:
    record = await state.store.get_todo(user.id, todo_id)
    if record is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return TodoView.of(record)


@todo_router.patch("/{todo_id}", summary="Update some fields of a todo", responses=NOT_FOUND)
async def update_todo(
    todo_id: TodoId, body: TodoPatch, user: CurrentUser, state: StateDep
) -> TodoView:
    changes = TodoChanges(
        title=body.title,
        done=body.done,
        description=body.description,
        description_given="description" in body.model_fields_set,
    )
    record = await state.store.update_todo(user.id, todo_id, changes)
    if record is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return TodoView.of(record)


@todo_router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, state: StateDep) -> None:
    if not await state.store.delete_todo(user.id, todo_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
