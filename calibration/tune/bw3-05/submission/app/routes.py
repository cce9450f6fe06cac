from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from app.deps import StoreDep, UserId
from app.schemas import Credentials, TodoIn, TodoOut, Token, UserOut
from app.store import Store, Todo, UsernameTaken

auth = APIRouter(prefix="/auth", tags=["auth"])
todos = APIRouter(prefix="/todos", tags=["todos"])

NOT_FOUND = {404: {"description": "Todo not found (or not yours)"}}


# register/login are plain `def` on purpose: bcrypt is slow, so FastAPI runs these in its threadpool
@auth.post("/register", response_model=UserOut, status_code=201, responses={409: {"description": "Username taken"}})
def register(body: Credentials, store: StoreDep) -> UserOut:
    try:
        user = store.create_user(body.username, body.password)
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserOut(id=user.id, username=user.username)


@auth.post("/token", response_model=Token, responses={401: {"description": "Bad credentials"}})
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], store: StoreDep) -> Token:
    token = store.login(form.username, form.password)
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=token)


def _to_out(todo: Todo) -> TodoOut:
    return TodoOut(
        id=todo.id,
        title=todo.title,
        description=todo.description,
        done=todo.done,
        created_at=todo.created_at,
    )


def _get_or_404(store: Store, user_id: int, todo_id: int) -> Todo:
    todo = store.get_todo(user_id, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@todos.post("", response_model=TodoOut, status_code=201, summary="Create a todo")
async def create_todo(body: TodoIn, user_id: UserId, store: StoreDep) -> TodoOut:
    return _to_out(store.add_todo(user_id, body.title, body.description, body.done))


@todos.get("", response_model=list[TodoOut], summary="List your todos")
async def list_todos(
    user_id: UserId,
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[TodoOut]:
    return [_to_out(t) for t in store.list_todos(user_id, limit, offset)]


@todos.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Get a todo")
async def get_todo(todo_id: int, user_id: UserId, store: StoreDep) -> TodoOut:
    return _to_out(_get_or_404(store, user_id, todo_id))


@todos.put("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Replace a todo")
async def update_todo(todo_id: int, body: TodoIn, user_id: UserId, store: StoreDep) -> TodoOut:
    todo = _get_or_404(store, user_id, todo_id)
    todo.title, todo.description, todo.done = body.title, body.description, body.done
    return _to_out(todo)


@todos.delete(
    "/{todo_id}", status_code=204, response_class=Response, responses=NOT_FOUND, summary="Delete a todo"
)
async def delete_todo(todo_id: int, user_id: UserId, store: StoreDep) -> None:
    if not store.delete_todo(user_id, todo_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
