"""Todo API on SQLite: `uvicorn app.main:app`.

Everything that blocks (sqlite3, hashing, the simulated mail server) runs in a worker thread:
plain `def` handlers for the CRUD routes, `asyncio.to_thread`, `run_in_threadpool` and
`loop.run_in_executor` where an `async def` needs to wait for blocking work.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Path, Query, Request, Response, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app import auth
from app.auth import CurrentUser
from app.db import connect, create_schema
from app.models import ErrorOut, Health, Reminder, Stats, Todo, TodoIn, TodoPage, TodoPatch

MAIL_LATENCY_S = 0.2
REPORT_LATENCY_S = 0.05
SQLITE_MAX_INT = 2**63 - 1

# Ids beyond SQLite's INTEGER range would make sqlite3 raise OverflowError: answer 422 instead.
TodoId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT)]
AUTH: dict[int | str, dict[str, Any]] = {401: {"model": ErrorOut, "description": "Not logged in"}}
ONE_TODO: dict[int | str, dict[str, Any]] = {
    **AUTH,
    404: {"model": ErrorOut, "description": "No such todo (or not yours)"},
}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    await asyncio.to_thread(create_schema)
    yield


app = FastAPI(title="Todo API", version="1.0.0", lifespan=lifespan)
app.include_router(auth.router)


@app.exception_handler(RequestValidationError)
async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """The default 422 echoes the input back: passwords, and strings it cannot even encode."""
    errors = [{"loc": e["loc"], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
    return JSONResponse(status_code=422, content=jsonable_encoder({"detail": errors}))


def not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")


def load_todo(owner: str, todo_id: int) -> Todo:
    with connect() as conn:
        row = conn.execute(
            "SELECT id, title, done FROM todos WHERE id = ? AND owner = ?", (todo_id, owner)
        ).fetchone()
    if row is None:
        raise not_found()
    return Todo(id=row["id"], title=row["title"], done=bool(row["done"]))


@app.get("/todos", response_model=TodoPage, tags=["todos"], responses=AUTH,
         summary="My todos, oldest first")
def list_todos(
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    with connect() as conn:
        rows = conn.execute(
            "SELECT id, title, done FROM todos WHERE owner = ? ORDER BY id LIMIT ? OFFSET ?",
            (user, limit, offset),
        ).fetchall()
        (total,) = conn.execute("SELECT COUNT(*) FROM todos WHERE owner = ?", (user,)).fetchone()
    items = [Todo(id=r["id"], title=r["title"], done=bool(r["done"])) for r in rows]
    return TodoPage(items=items, total=total, limit=limit, offset=offset)


@app.post("/todos", response_model=Todo, status_code=status.HTTP_201_CREATED, tags=["todos"],
          responses=AUTH, summary="Create a todo")
def create_todo(body: TodoIn, user: CurrentUser) -> Todo:
    with connect() as conn:
        cursor = conn.execute(
            "INSERT INTO todos (owner, title, done) VALUES (?, ?, ?)",
            (user, body.title, int(body.done)),
        )
    return Todo(id=int(cursor.lastrowid or 0), title=body.title, done=body.done)


@app.get("/todos/{todo_id}", response_model=Todo, tags=["todos"], responses=ONE_TODO,
         summary="One todo")
def get_todo(todo_id: TodoId, user: CurrentUser) -> Todo:
    return load_todo(user, todo_id)


@app.patch("/todos/{todo_id}", response_model=Todo, tags=["todos"], responses=ONE_TODO,
           summary="Change fields")
def update_todo(todo_id: TodoId, body: TodoPatch, user: CurrentUser) -> Todo:
    current = load_todo(user, todo_id)
    updated = current.model_copy(update=body.model_dump(exclude_none=True))
    with connect() as conn:
        conn.execute(
            "UPDATE todos SET title = ?, done = ? WHERE id = ? AND owner = ?",
            (updated.title, int(updated.done), todo_id, user),
        )
    return updated


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["todos"],
            response_class=Response, responses=ONE_TODO, summary="Delete a todo")
def delete_todo(todo_id: TodoId, user: CurrentUser) -> Response:
    with connect() as conn:
        deleted = conn.execute(
            "DELETE FROM todos WHERE id = ? AND owner = ?", (todo_id, user)
        ).rowcount
    if not deleted:
        raise not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def send_reminder_mail(owner: str, todo: Todo) -> None:
    """Stand-in for an SMTP call: slow and blocking."""
    time.sleep(MAIL_LATENCY_S)


@app.post("/todos/{todo_id}/remind", response_model=Reminder, tags=["todos"],
          responses=ONE_TODO, summary="E-mail me a reminder")
async def remind(todo_id: TodoId, user: CurrentUser) -> Reminder:
    todo = await asyncio.to_thread(load_todo, user, todo_id)
    await asyncio.to_thread(send_reminder_mail, user, todo)
    return Reminder(todo_id=todo.id, sent=True)


def compute_stats(owner: str) -> Stats:
    """Stand-in for a heavier report query."""
    time.sleep(REPORT_LATENCY_S)
    with connect() as conn:
        total, done = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(done), 0) FROM todos WHERE owner = ?", (owner,)
        ).fetchone()
    return Stats(total=total, done=done, open=total - done)


@app.get("/stats", response_model=Stats, tags=["todos"], responses=AUTH,
         summary="How many todos are done")
async def stats(user: CurrentUser) -> Stats:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, compute_stats, user)


@app.get("/health", response_model=Health, tags=["meta"], summary="Liveness")
async def health() -> Health:
    return Health()
