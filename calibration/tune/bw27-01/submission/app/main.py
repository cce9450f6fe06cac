from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.auth import create_token, current_user, hash_password, verify_password
from app.config import Settings, get_settings
from app.db import Base, Todo, User, engine, get_session
from app.schemas import Token, TodoCreate, TodoOut, TodoPage, TodoUpdate, UserCreate, UserOut

SessionDep = Annotated[Session, Depends(get_session)]
UserDep = Annotated[User, Depends(current_user)]
PAGE_MAX = get_settings().page_max


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(engine)
    yield


app = FastAPI(title="Todo API", version="1.0.0", lifespan=lifespan)

NOT_FOUND = {404: {"description": "Todo not found"}}


@app.get("/health", tags=["ops"])
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/auth/signup", response_model=UserOut, status_code=201, tags=["auth"],
          responses={409: {"description": "Username taken"}})
def signup(body: UserCreate, session: SessionDep) -> User:
    user = User(username=body.username, password_hash=hash_password(body.password))
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return user


@app.post("/auth/token", response_model=Token, tags=["auth"],
          responses={401: {"description": "Bad credentials"}})
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: Annotated[Settings, Depends(get_settings)],
) -> Token:
    user = session.scalar(select(User).where(User.username == form.username))
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_token(user.id, settings))


def _get_owned(session: Session, user: User, todo_id: int) -> Todo:
    todo = session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@app.post("/todos", response_model=TodoOut, status_code=201, tags=["todos"])
def create_todo(body: TodoCreate, user: UserDep, session: SessionDep) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    session.commit()
    return todo


@app.get("/todos", response_model=TodoPage, tags=["todos"])
def list_todos(
    user: UserDep,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    rows = session.scalars(
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return TodoPage(items=[TodoOut.model_validate(r) for r in rows], limit=limit, offset=offset)


@app.get("/todos/{todo_id}", response_model=TodoOut, tags=["todos"], responses=NOT_FOUND)
def read_todo(todo_id: int, user: UserDep, session: SessionDep) -> Todo:
    return _get_owned(session, user, todo_id)


@app.patch("/todos/{todo_id}", response_model=TodoOut, tags=["todos"], responses=NOT_FOUND)
def update_todo(todo_id: int, body: TodoUpdate, user: UserDep, session: SessionDep) -> Todo:
    todo = _get_owned(session, user, todo_id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    session.commit()
    return todo


@app.delete("/todos/{todo_id}", status_code=204, tags=["todos"], responses=NOT_FOUND)
def delete_todo(todo_id: int, user: UserDep, session: SessionDep) -> Response:
    todo = _get_owned(session, user, todo_id)
    session.delete(todo)
    session.commit()
    return Response(status_code=204)
