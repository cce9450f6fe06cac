from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from .actor import ActorSystem, AskTimeout, Ref
from .auth import issue_token, read_token
from .messages import (
    Authenticate,
    CreateTodo,
    DeleteTodo,
    GetTodo,
    InvalidCredentials,
    ListTodos,
    LookupUser,
    NotFound,
    Register,
    Todo,
    TodoPage,
    UpdateTodo,
    User,
    UsernameTaken,
)
from .schemas import ErrorOut, Token, TodoCreate, TodoOut, TodoPageOut, TodoUpdate, UserCreate, UserOut
from .todo_actor import TodoActor
from .user_actor import UserActor

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    system = ActorSystem()
    app.state.users = Ref(system.spawn(UserActor()))
    app.state.todos = Ref(system.spawn(TodoActor()))
    try:
        yield
    finally:
        await system.terminate()


app = FastAPI(
    title="Todo API (actor edition)",
    version="0.1.0",
    description="Todos owned by an actor; OAuth2 password flow with bearer JWTs.",
    lifespan=lifespan,
)

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")

UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "Todo not found"}}


@app.exception_handler(AskTimeout)
async def ask_timeout_handler(_: Request, exc: AskTimeout) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": "service busy, try again"})


def users_ref(request: Request) -> Ref[object]:
    return request.app.state.users


def todos_ref(request: Request) -> Ref[object]:
    return request.app.state.todos


UsersRef = Annotated[Ref[object], Depends(users_ref)]
TodosRef = Annotated[Ref[object], Depends(todos_ref)]


async def current_user(token: Annotated[str, Depends(oauth2)], users: UsersRef) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    user_id = read_token(token)
    if user_id is None:
        raise unauthorized
    user = await users.ask(LookupUser(user_id))
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def _expect_todo(reply: Todo | NotFound) -> Todo:
    match reply:
        case Todo():
            return reply
        case NotFound():
            raise HTTPException(status_code=404, detail="Todo not found")
    raise RuntimeError(f"unexpected reply {reply!r}")


# ---- auth -------------------------------------------------------------------

@app.post(
    "/auth/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
    tags=["auth"],
    summary="Create an account",
)
async def register(body: UserCreate, users: UsersRef) -> User:
    reply = await users.ask(Register(body.username, body.password))
    match reply:
        case UsernameTaken():
            raise HTTPException(status_code=409, detail="Username already taken")
        case User():
            return reply
    raise RuntimeError(f"unexpected reply {reply!r}")


@app.post(
    "/auth/token",
    response_model=Token,
    responses=UNAUTHORIZED,
    tags=["auth"],
    summary="Log in (OAuth2 password flow) and get a bearer token",
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], users: UsersRef) -> Token:
    reply = await users.ask(Authenticate(form.username, form.password))
    match reply:
        case User(id=user_id):
            return Token(access_token=issue_token(user_id))
        case InvalidCredentials():
            raise HTTPException(
                status_code=401,
                detail="Incorrect username or password",
                headers={"WWW-Authenticate": "Bearer"},
            )
    raise RuntimeError(f"unexpected reply {reply!r}")


# ---- todos ------------------------------------------------------------------

@app.post(
    "/todos",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    responses=UNAUTHORIZED,
    tags=["todos"],
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, todos: TodosRef) -> Todo:
    return await todos.ask(CreateTodo(user.id, body.title, body.description, body.done))


@app.get(
    "/todos",
    response_model=TodoPageOut,
    responses=UNAUTHORIZED,
    tags=["todos"],
    summary="List your todos, oldest first",
)
async def list_todos(
    user: CurrentUser,
    todos: TodosRef,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPageOut:
    page: TodoPage = await todos.ask(ListTodos(user.id, limit, offset))
    return TodoPageOut(
        items=[TodoOut.model_validate(t) for t in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@app.get(
    "/todos/{todo_id}",
    response_model=TodoOut,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Read one of your todos",
)
async def get_todo(todo_id: int, user: CurrentUser, todos: TodosRef) -> Todo:
    return _expect_todo(await todos.ask(GetTodo(user.id, todo_id)))


@app.patch(
    "/todos/{todo_id}",
    response_model=TodoOut,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Update some fields of one of your todos",
)
async def update_todo(todo_id: int, body: TodoUpdate, user: CurrentUser, todos: TodosRef) -> Todo:
    changes = body.model_dump(exclude_unset=True)
    if changes.get("title", "") is None or changes.get("done", False) is None:
        raise HTTPException(status_code=422, detail="title and done cannot be null")
    return _expect_todo(await todos.ask(UpdateTodo(user.id, todo_id, changes)))


@app.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Delete one of your todos",
)
async def delete_todo(todo_id: int, user: CurrentUser, todos: TodosRef) -> Response:
    reply = await todos.ask(DeleteTodo(user.id, todo_id))
    if isinstance(reply, NotFound):
        raise HTTPException(status_code=404, detail="Todo not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
