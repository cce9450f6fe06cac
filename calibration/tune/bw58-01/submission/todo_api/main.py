from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Path, Request, Response, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import db, security
from .schemas import Credentials, TodoCreate, TodoOut, TodoUpdate, TokenOut, UserOut

MAX_BODY_BYTES = 16 * 1024
SQLITE_MAX_INT = 2**63 - 1

TodoId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT)]
Conn = Annotated[sqlite3.Connection, Depends(db.get_conn)]


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    security.check_configuration()
    db.init_db()
    yield


app = FastAPI(title="todo api", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)


@app.middleware("http")
async def limit_body_size(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
        return JSONResponse({"detail": "request body too large"}, status_code=413)
    response = await call_next(request)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


bearer = HTTPBearer(auto_error=False)


def current_user_id(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)], conn: Conn
) -> int:
    unauthorized = HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail="invalid or missing credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if creds is None:
        raise unauthorized
    user_id = security.read_token(creds.credentials)
    if user_id is None:
        raise unauthorized
    if conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone() is None:
        raise unauthorized
    return user_id


UserId = Annotated[int, Depends(current_user_id)]


def _row_to_todo(row: sqlite3.Row) -> TodoOut:
    return TodoOut(id=row["id"], title=row["title"], description=row["description"], done=bool(row["done"]))


def _load_todo(conn: sqlite3.Connection, todo_id: int, user_id: int) -> TodoOut:
    row = conn.execute(
        "SELECT id, title, description, done FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, user_id),
    ).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="todo not found")
    return _row_to_todo(row)


@app.post("/auth/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED)
def signup(body: Credentials, conn: Conn) -> UserOut:
    password_hash = security.hash_password(body.password)
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (body.username, password_hash),
        )
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="username unavailable") from None
    return UserOut(id=cur.lastrowid, username=body.username)


@app.post("/auth/login", response_model=TokenOut)
def login(body: Credentials, conn: Conn) -> TokenOut:
    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (body.username,)
    ).fetchone()
    stored = row["password_hash"] if row is not None else None
    if not security.verify_password(stored, body.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="invalid username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=security.issue_token(row["id"]), expires_in=security.TOKEN_TTL_SECONDS)


@app.get("/todos", response_model=list[TodoOut])
def list_todos(user_id: UserId, conn: Conn) -> list[TodoOut]:
    rows = conn.execute(
        "SELECT id, title, description, done FROM todos WHERE owner_id = ? ORDER BY id",
        (user_id,),
    ).fetchall()
    return [_row_to_todo(r) for r in rows]


@app.post("/todos", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
def create_todo(body: TodoCreate, user_id: UserId, conn: Conn) -> TodoOut:
    cur = conn.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user_id, body.title, body.description, int(body.done)),
    )
    return TodoOut(id=cur.lastrowid, title=body.title, description=body.description, done=body.done)


@app.get("/todos/{todo_id}", response_model=TodoOut)
def read_todo(todo_id: TodoId, user_id: UserId, conn: Conn) -> TodoOut:
    return _load_todo(conn, todo_id, user_id)


_UPDATABLE_COLUMNS = ("title", "description", "done")


@app.patch("/todos/{todo_id}", response_model=TodoOut)
def update_todo(todo_id: TodoId, body: TodoUpdate, user_id: UserId, conn: Conn) -> TodoOut:
    _load_todo(conn, todo_id, user_id)
    changes = body.model_dump(exclude_unset=True)
    columns = [c for c in _UPDATABLE_COLUMNS if c in changes]
    if columns:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        values = [int(changes[c]) if c == "done" else changes[c] for c in columns]
        conn.execute(
            f"UPDATE todos SET {assignments} WHERE id = ? AND owner_id = ?",
            (*values, todo_id, user_id),
        )
    return _load_todo(conn, todo_id, user_id)


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_todo(todo_id: TodoId, user_id: UserId, conn: Conn) -> Response:
    cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id))
    if cur.rowcount == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="todo not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
