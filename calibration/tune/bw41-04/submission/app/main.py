import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Base, engine, get_session
from app.models import Todo, User
from app.schemas import TodoIn, TodoOut, Token, UserCreate, UserOut
from app.security import create_access_token, get_current_user, pwd_context

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
log = logging.getLogger("todo-api")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    log.info("schema ready")
    yield
    await engine.dispose()


app = FastAPI(title="todo-api", version="0.1.0", lifespan=lifespan)


@app.get("/healthz", tags=["ops"])
async def healthz(session: AsyncSession = Depends(get_session)) -> dict[str, str]:
    await session.execute(text("SELECT 1"))
    return {"status": "ok"}


# ---------- auth ----------


@app.post("/auth/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED, tags=["auth"])
async def signup(body: UserCreate, session: AsyncSession = Depends(get_session)) -> User:
    existing = await session.scalar(select(User).where(User.username == body.username))
    if existing is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="username already taken")
    user = User(username=body.username, hashed_password=pwd_context.hash(body.password))
    session.add(user)
    await session.commit()
    await session.refresh(user)
    log.info("user created id=%s", user.id)
    return user


@app.post("/auth/token", response_model=Token, tags=["auth"])
async def login(
    form: OAuth2PasswordRequestForm = Depends(),
    session: AsyncSession = Depends(get_session),
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    if user is None or not await run_in_threadpool(
        pwd_context.verify, form.password, user.hashed_password
    ):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id))


# ---------- todos ----------


async def _get_owned_todo(session: AsyncSession, todo_id: int, user: User) -> Todo:
    todo = await session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="todo not found")
    return todo


@app.get("/todos", response_model=list[TodoOut], tags=["todos"])
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> list[Todo]:
    result = await session.scalars(
        select(Todo).where(Todo.owner_id == user.id).order_by(Todo.id).limit(limit).offset(offset)
    )
    return list(result)


@app.post("/todos", response_model=TodoOut, status_code=status.HTTP_201_CREATED, tags=["todos"])
async def create_todo(
    body: TodoIn,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Todo:
    todo = Todo(owner_id=user.id, **body.model_dump())
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@app.get("/todos/{todo_id}", response_model=TodoOut, tags=["todos"])
async def get_todo(
    todo_id: int,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Todo:
    return await _get_owned_todo(session, todo_id, user)


@app.put("/todos/{todo_id}", response_model=TodoOut, tags=["todos"])
async def update_todo(
    todo_id: int,
    body: TodoIn,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Todo:
    todo = await _get_owned_todo(session, todo_id, user)
    for field, value in body.model_dump().items():
        setattr(todo, field, value)
    await session.commit()
    await session.refresh(todo)
    return todo


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["todos"])
async def delete_todo(
    todo_id: int,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Response:
    todo = await _get_owned_todo(session, todo_id, user)
    await session.delete(todo)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
