import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, Response, status

from .auth import CurrentUser
from .db import Conn, init_db
from .passwords import hash_password
from .schemas import Message, SignUp, Todo, TodoCreate, TodoPage, TodoUpdate, User

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

UNAUTHORIZED = {401: {"model": Message, "description": "Missing or invalid credentials"}}
NOT_FOUND = {404: {"model": Message, "description": "No such todo for this user"}}


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    init_db()
    yield


app = FastAPI(
    title="Todo API",
    version="0.1.0",
    description="Personal todo lists. Authenticate every request with HTTP Basic.",
    lifespan=lifespan,
)


def _to_todo(row: sqlite3.Row) -> Todo:
    return Todo(id=row["id"], title=row["title"], description=row["description"], done=bool(row["done"]))


def _load_todo(conn: sqlite3.Connection, todo_id: int, owner_id: int) -> Todo:
    row = conn.execute(
        "SELECT id, title, description, done FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, owner_id),
    ).fetchone()
    if row is None:
        # Same answer for "does not exist" and "belongs to someone else".
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return _to_todo(row)


@app.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    response_model=User,
    responses={409: {"model": Message, "description": "Username taken"}},
    tags=["users"],
    summary="Sign up",
)
def sign_up(body: SignUp, conn: Conn) -> User:
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                (body.username, hash_password(body.password)),
            )
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username taken") from None
    return User(id=cur.lastrowid, username=body.username)


@app.get("/users/me", response_model=User, responses=UNAUTHORIZED, tags=["users"], summary="Check credentials")
def me(user: CurrentUser) -> User:
    return user


@app.post(
    "/todos",
    status_code=status.HTTP_201_CREATED,
    response_model=Todo,
    responses=UNAUTHORIZED,
    tags=["todos"],
    summary="Create a todo",
)
def create_todo(body: TodoCreate, user: CurrentUser, conn: Conn) -> Todo:
    with conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
            (user.id, body.title, body.description, int(body.done)),
        )
    return Todo(id=cur.lastrowid, title=body.title, description=body.description, done=body.done)


@app.get("/todos", response_model=TodoPage, responses=UNAUTHORIZED, tags=["todos"], summary="List my todos")
def list_todos(
    user: CurrentUser,
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    total = conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (user.id,)).fetchone()[0]
    rows = conn.execute(
        "SELECT id, title, description, done FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (user.id, limit, offset),
    ).fetchall()
    return TodoPage(items=[_to_todo(r) for r in rows], total=total, limit=limit, offset=offset)


@app.get(
    "/todos/{todo_id}",
    response_model=Todo,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Read a todo",
)
def read_todo(todo_id: int, user: CurrentUser, conn: Conn) -> Todo:
    return _load_todo(conn, todo_id, user.id)


@app.patch(
    "/todos/{todo_id}",
    response_model=Todo,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Update some fields of a todo",
)
def update_todo(todo_id: int, body: TodoUpdate, user: CurrentUser, conn: Conn) -> Todo:
    todo = _load_todo(conn, todo_id, user.id)
    updated = todo.model_copy(update=body.model_dump(exclude_unset=True))
    with conn:
        conn.execute(
            "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
            (updated.title, updated.description, int(updated.done), todo_id, user.id),
        )
    return updated


@app.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["todos"],
    summary="Delete a todo",
)
def delete_todo(todo_id: int, user: CurrentUser, conn: Conn) -> Response:
    with conn:
        cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user.id))
    if cur.rowcount == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@app.get("/health", tags=["ops"], summary="Liveness probe")
def health() -> dict[str, str]:
    return {"status": "ok"}
