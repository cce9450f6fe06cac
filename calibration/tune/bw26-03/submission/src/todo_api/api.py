from collections.abc import Iterator
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from . import repo
from .config import Settings, get_settings
from .db import session_scope
from .domain import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, TodoFields, apply_patch
from .schemas import ErrorOut, Token, TodoCreate, TodoOut, TodoPage, TodoPatch, UserCreate, UserOut
from .security import decode_token, encode_token, hash_password, utcnow, verify_password

router = APIRouter()
oauth2 = OAuth2PasswordBearer(tokenUrl="/token")

UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}


def get_session(request: Request) -> Iterator[Session]:
    yield from session_scope(request.app.state.sessionmaker)


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def current_user_id(token: Annotated[str, Depends(oauth2)], settings: SettingsDep) -> int:
    user_id = decode_token(token, settings.secret_key.get_secret_value())
    if user_id is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid or expired token",
                            headers={"WWW-Authenticate": "Bearer"})
    return user_id


UserId = Annotated[int, Depends(current_user_id)]


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


def owned_todo_or_404(session: SessionDep, user_id: UserId, todo_id: int) -> repo.Todo:
    todo = repo.find_todo(session, user_id, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


OwnedTodo = Annotated[repo.Todo, Depends(owned_todo_or_404)]


@router.post("/users", status_code=status.HTTP_201_CREATED, response_model=UserOut,
             responses={409: {"model": ErrorOut, "description": "Username taken"}},
             summary="Sign up", tags=["auth"])
def sign_up(body: UserCreate, session: SessionDep, settings: SettingsDep) -> UserOut:
    user = repo.insert_user(session, body.username, hash_password(body.password, settings.bcrypt_rounds))
    if user is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserOut.model_validate(user)


@router.post("/token", response_model=Token, responses=UNAUTHORIZED, summary="Log in", tags=["auth"])
def log_in(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep,
           settings: SettingsDep) -> Token:
    user = repo.find_user_by_name(session, form.username)
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Incorrect username or password",
                            headers={"WWW-Authenticate": "Bearer"})
    ttl = timedelta(minutes=settings.token_ttl_minutes)
    return Token(access_token=encode_token(user.id, settings.secret_key.get_secret_value(), ttl, utcnow()))


@router.get("/todos", response_model=TodoPage, responses=UNAUTHORIZED, summary="List my todos", tags=["todos"])
def list_todos(session: SessionDep, user_id: UserId, page: Annotated[Page, Depends(page_params)]) -> TodoPage:
    items, total = repo.list_todos(session, user_id, page)
    return TodoPage(items=[TodoOut.model_validate(t) for t in items],
                    limit=page.limit, offset=page.offset, total=total)


@router.post("/todos", status_code=status.HTTP_201_CREATED, response_model=TodoOut,
             responses=UNAUTHORIZED, summary="Create a todo", tags=["todos"])
def create_todo(body: TodoCreate, session: SessionDep, user_id: UserId) -> TodoOut:
    fields = TodoFields(title=body.title, description=body.description, done=body.done)
    return TodoOut.model_validate(repo.insert_todo(session, user_id, fields))


@router.get("/todos/{todo_id}", response_model=TodoOut, responses=UNAUTHORIZED | NOT_FOUND,
            summary="Read a todo", tags=["todos"])
def read_todo(todo: OwnedTodo) -> TodoOut:
    return TodoOut.model_validate(todo)


@router.patch("/todos/{todo_id}", response_model=TodoOut, responses=UNAUTHORIZED | NOT_FOUND,
              summary="Update a todo", tags=["todos"])
def update_todo(body: TodoPatch, todo: OwnedTodo, session: SessionDep) -> TodoOut:
    patch = body.model_dump(exclude_unset=True)
    if patch.get("title", "") is None or patch.get("done", False) is None:
        raise HTTPException(422, "title and done cannot be null")
    current = TodoFields(title=todo.title, description=todo.description, done=todo.done)
    return TodoOut.model_validate(repo.save_todo(session, todo, apply_patch(current, patch)))


@router.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT,
               responses=UNAUTHORIZED | NOT_FOUND, summary="Delete a todo", tags=["todos"])
def delete_todo(todo: OwnedTodo, session: SessionDep) -> Response:
    repo.delete_todo(session, todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
