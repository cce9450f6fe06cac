from datetime import timedelta
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import select

from .auth import (
    ACCESS_TOKEN_EXPIRE_MINUTES,
    CurrentUser,
    authenticate_user,
    create_access_token,
    get_password_hash,
    get_user,
)
from .database import SessionDep, create_db_and_tables
from .models import (
    Todo,
    TodoCreate,
    TodoPublic,
    TodoUpdate,
    Token,
    User,
    UserCreate,
    UserPublic,
)

app = FastAPI(
    title="Todo API",
    description="A simple todo list API where every user has their own todos.",
)


@app.on_event("startup")
def on_startup():
    create_db_and_tables()


# ---------- Users / Auth ----------


@app.post("/users/", response_model=UserPublic, status_code=status.HTTP_201_CREATED, tags=["users"])
def create_user(user: UserCreate, session: SessionDep):
    db_user = get_user(session, user.username)
    if db_user:
        raise HTTPException(status_code=400, detail="Username already registered")
    hashed_password = get_password_hash(user.password)
    db_user = User(username=user.username, hashed_password=hashed_password)
    session.add(db_user)
    session.commit()
    session.refresh(db_user)
    return db_user


@app.post("/token", tags=["users"])
async def login_for_access_token(
    form_data: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> Token:
    user = authenticate_user(session, form_data.username, form_data.password)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    access_token_expires = timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    access_token = create_access_token(
        data={"sub": user.username}, expires_delta=access_token_expires
    )
    return Token(access_token=access_token, token_type="bearer")


@app.get("/users/me/", response_model=UserPublic, tags=["users"])
async def read_users_me(current_user: CurrentUser):
    return current_user


# ---------- Todos ----------


@app.post("/todos/", response_model=TodoPublic, status_code=status.HTTP_201_CREATED, tags=["todos"])
def create_todo(todo: TodoCreate, session: SessionDep, current_user: CurrentUser):
    db_todo = Todo.model_validate(todo, update={"owner_id": current_user.id})
    session.add(db_todo)
    session.commit()
    session.refresh(db_todo)
    return db_todo


@app.get("/todos/", response_model=list[TodoPublic], tags=["todos"])
def read_todos(
    session: SessionDep,
    current_user: CurrentUser,
    offset: int = 0,
    limit: Annotated[int, Query(le=100)] = 100,
):
    todos = session.exec(
        select(Todo).where(Todo.owner_id == current_user.id).offset(offset).limit(limit)
    ).all()
    return todos


@app.get("/todos/{todo_id}", response_model=TodoPublic, tags=["todos"])
def read_todo(todo_id: int, session: SessionDep, current_user: CurrentUser):
    todo = session.get(Todo, todo_id)
    if not todo or todo.owner_id != current_user.id:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@app.patch("/todos/{todo_id}", response_model=TodoPublic, tags=["todos"])
def update_todo(todo_id: int, todo: TodoUpdate, session: SessionDep, current_user: CurrentUser):
    todo_db = session.get(Todo, todo_id)
    if not todo_db or todo_db.owner_id != current_user.id:
        raise HTTPException(status_code=404, detail="Todo not found")
    todo_data = todo.model_dump(exclude_unset=True)
    todo_db.sqlmodel_update(todo_data)
    session.add(todo_db)
    session.commit()
    session.refresh(todo_db)
    return todo_db


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["todos"])
def delete_todo(todo_id: int, session: SessionDep, current_user: CurrentUser):
    todo = session.get(Todo, todo_id)
    if not todo or todo.owner_id != current_user.id:
        raise HTTPException(status_code=404, detail="Todo not found")
    session.delete(todo)
    session.commit()
