from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from fastapi import Depends
from sqlmodel import Session, func, select

from .db import SessionDep, create_db_and_tables
from .models import (
    Todo,
    TodoCreate,
    TodoPage,
    TodoRead,
    TodoUpdate,
    Token,
    User,
    UserCreate,
    UserRead,
    utcnow,
)
from .security import CurrentUser, create_access_token, hash_password, verify_password


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    create_db_and_tables()
    yield


app = FastAPI(
    title="Todo API",
    version="0.2.0",
    summary="Personal todo lists. Auth: OAuth2 password flow, JWT bearer token.",
    lifespan=lifespan,
)

AUTH_ERRORS = {401: {"description": "Missing, invalid or expired token"}}
NOT_FOUND = {404: {"description": "Todo not found (or not yours)"}}


def get_own_todo(session: Session, todo_id: int, user: User) -> Todo:
    todo = session.get(Todo, todo_id)
    if todo is None or todo.owner_id != user.id:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


# ---------- auth ----------

@app.post(
    "/auth/register",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    tags=["auth"],
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
async def register(user_in: UserCreate, session: SessionDep) -> User:
    existing = session.exec(select(User).where(User.username == user_in.username)).first()
    if existing:
        raise HTTPException(status_code=409, detail="Username already taken")
    user = User(username=user_in.username, hashed_password=hash_password(user_in.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@app.post(
    "/auth/token",
    response_model=Token,
    tags=["auth"],
    summary="Log in and get a bearer token",
    responses={401: {"description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> Token:
    user = session.exec(select(User).where(User.username == form.username)).first()
    if user is None or not verify_password(form.password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id))


@app.get("/auth/me", response_model=UserRead, tags=["auth"], responses=AUTH_ERRORS)
async def me(user: CurrentUser) -> User:
    return user


# ---------- todos ----------

@app.get(
    "/todos",
    response_model=TodoPage,
    tags=["todos"],
    summary="List my todos",
    responses=AUTH_ERRORS,
)
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    done: bool | None = None,
) -> TodoPage:
    query = select(Todo).where(Todo.owner_id == user.id)
    count_query = select(func.count()).select_from(Todo).where(Todo.owner_id == user.id)
    if done is not None:
        query = query.where(Todo.done == done)
        count_query = count_query.where(Todo.done == done)
    total = session.exec(count_query).one()
    todos = session.exec(query.order_by(Todo.id).offset(offset).limit(limit)).all()
    items = [TodoRead.model_validate(t) for t in todos]
    return TodoPage(items=items, total=total, limit=limit, offset=offset)


@app.post(
    "/todos",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    tags=["todos"],
    summary="Create a todo",
    responses=AUTH_ERRORS,
)
async def create_todo(todo_in: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    todo = Todo.model_validate(todo_in, update={"owner_id": user.id})
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@app.get(
    "/todos/{todo_id}",
    response_model=TodoRead,
    tags=["todos"],
    summary="Get one of my todos",
    responses={**AUTH_ERRORS, **NOT_FOUND},
)
async def read_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Todo:
    return get_own_todo(session, todo_id, user)


@app.patch(
    "/todos/{todo_id}",
    response_model=TodoRead,
    tags=["todos"],
    summary="Update a todo (only the fields you send)",
    responses={**AUTH_ERRORS, **NOT_FOUND},
)
async def update_todo(
    todo_id: int, todo_in: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = get_own_todo(session, todo_id, user)
    changes = todo_in.model_dump(exclude_unset=True)
    if changes.get("title", "") is None or changes.get("done", False) is None:
        raise HTTPException(status_code=422, detail="title and done cannot be null")
    todo.sqlmodel_update(changes)
    todo.updated_at = utcnow()
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@app.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["todos"],
    summary="Delete a todo",
    responses={**AUTH_ERRORS, **NOT_FOUND},
)
async def delete_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Response:
    todo = get_own_todo(session, todo_id, user)
    session.delete(todo)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
