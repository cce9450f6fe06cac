"""HTTP edge: decode requests into core types, run effects, encode responses."""

import os
from datetime import UTC, datetime, timedelta
from typing import Annotated, Self

import jwt
from fastapi import Depends, FastAPI, HTTPException, Path, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from psycopg import AsyncConnection
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tudu import effects
from tudu.core import Keep, Patch, Set, Todo, TodoId, UserId, apply_patch, paginate

JWT_ALG = "HS256"
TOKEN_LIFETIME = timedelta(hours=1)

app = FastAPI(title="tudu")
oauth2 = OAuth2PasswordBearer(tokenUrl="/token")

Conn = Annotated[AsyncConnection, Depends(effects.connection)]


def jwt_secret() -> str:
    return os.environ["JWT_SECRET"]


# --- wire types --------------------------------------------------------------------

Title = Annotated[str, Field(min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=2000)]


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Credentials(Closed):
    username: Annotated[str, Field(min_length=3, max_length=40, pattern=r"^\w+$")]
    password: Annotated[str, Field(min_length=8, max_length=256)]


class Account(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class NewTodo(Closed):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoPatch(Closed):
    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="after")
    def _title_and_done_not_null(self) -> Self:
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"'{name}' cannot be null")
        return self

    def to_patch(self) -> Patch:
        given = self.model_fields_set
        return Patch(
            title=Set(self.title) if self.title is not None else Keep(),
            description=Set(self.description) if "description" in given else Keep(),
            done=Set(self.done) if self.done is not None else Keep(),
        )


class TodoView(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime

    @classmethod
    def of(cls, todo: Todo) -> Self:
        return cls(
            id=todo.id,
            title=todo.title,
            description=todo.description,
            done=todo.done,
            created_at=todo.created_at,
        )


class TodoPageView(BaseModel):
    items: list[TodoView]
    total: int
    limit: int
    offset: int


# --- auth -----------------------------------------------------------------------------


def _unauthorized() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, "not authenticated", {"WWW-Authenticate": "Bearer"}
    )


async def me(token: Annotated[str, Depends(oauth2)]) -> UserId:
    try:
        claims = jwt.decode(token, jwt_secret(), algorithms=[JWT_ALG])
    except jwt.InvalidTokenError:
        raise _unauthorized() from None
    match claims:
        case {"sub": str(sub)} if sub.isdecimal():
            return UserId(int(sub))
        case _:
            raise _unauthorized()


Me = Annotated[UserId, Depends(me)]


@app.post("/users", status_code=status.HTTP_201_CREATED)
async def sign_up(creds: Credentials, conn: Conn) -> Account:
    password_hash = await effects.hash_password(creds.password)
    match await effects.insert_user(conn, creds.username, password_hash):
        case None:
            raise HTTPException(status.HTTP_409_CONFLICT, "username already exists")
        case user:
            return Account(id=user.id, username=user.username)


@app.post("/token")
async def log_in(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> Token:
    user = await effects.user_by_name(conn, form.username)
    if user is None or not await effects.verify_password(user.password_hash, form.password):
        raise _unauthorized()
    now = datetime.now(UTC)
    claims = {"sub": str(user.id), "iat": now, "exp": now + TOKEN_LIFETIME}
    return Token(access_token=jwt.encode(claims, jwt_secret(), algorithm=JWT_ALG))


# --- todos ----------------------------------------------------------------------------

IdParam = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _found(todo: Todo | None) -> Todo:
    match todo:
        case None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such todo")
        case _:
            return todo


@app.post("/todos", status_code=status.HTTP_201_CREATED)
async def create_todo(body: NewTodo, owner: Me, conn: Conn) -> TodoView:
    todo = await effects.insert_todo(conn, owner, body.title, body.description, body.done)
    return TodoView.of(todo)


@app.get("/todos")
async def list_todos(
    owner: Me,
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPageView:
    page = paginate(await effects.todos_of(conn, owner), limit, offset)
    return TodoPageView(
        items=[TodoView.of(t) for t in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@app.get("/todos/{todo_id}")
async def read_todo(todo_id: IdParam, owner: Me, conn: Conn) -> TodoView:
    return TodoView.of(_found(await effects.todo_of(conn, owner, TodoId(todo_id))))


@app.patch("/todos/{todo_id}")
async def update_todo(todo_id: IdParam, body: TodoPatch, owner: Me, conn: Conn) -> TodoView:
    current = _found(await effects.todo_of(conn, owner, TodoId(todo_id)))
    updated = apply_patch(current, body.to_patch())
    await effects.save_todo(conn, updated)
    return TodoView.of(updated)


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_todo(todo_id: IdParam, owner: Me, conn: Conn) -> None:
    if not await effects.delete_todo(conn, owner, TodoId(todo_id)):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such todo")
