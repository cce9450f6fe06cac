import os
from contextlib import asynccontextmanager
from datetime import datetime

import psycopg2
import psycopg2.errors
import psycopg2.extensions
from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel

from . import db, validate
from .auth import check_password, hash_password, make_token, parse_token
from .flags import TODO_DONE, TODO_PINNED, set_bit, test_bit

PG_BIGINT_MAX = 9223372036854775807


@asynccontextmanager
async def lifespan(app: FastAPI):
    dsn = os.environ.get("DATABASE_URL")
    if not dsn:
        raise RuntimeError("DATABASE_URL is not set")
    db.init_pool(dsn, maxconn=int(os.environ.get("DB_POOL_MAX", "10")))
    db.apply_migrations()
    try:
        yield
    finally:
        db.close_pool()


app = FastAPI(
    title="Todo API",
    version="0.3.0",
    description="Per-user todos. Bearer token from POST /auth/token (OAuth2 password flow).",
    lifespan=lifespan,
)
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    pinned: bool
    created_at: datetime
    updated_at: datetime


class TodoList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[TodoOut]


NOT_FOUND = {404: {"description": "No such todo for this user"}}
UNAUTH = {401: {"description": "Missing or invalid bearer token"}}


def _unauth() -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "Not authenticated", {"WWW-Authenticate": "Bearer"})


def current_user_id(
    token: str = Depends(oauth2_scheme),
    conn: psycopg2.extensions.connection = Depends(db.get_db),
) -> int:
    uid = parse_token(token)
    if uid is None or uid > PG_BIGINT_MAX:
        raise _unauth()
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM app_user WHERE id = %s", (uid,))
        if cur.fetchone() is None:
            raise _unauth()
    return uid


def _row_to_todo(row):
    return TodoOut(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=test_bit(row["flags"], TODO_DONE),
        pinned=test_bit(row["flags"], TODO_PINNED),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _get_owned(cur, todo_id, owner_id):
    cur.execute(
        "SELECT * FROM todo WHERE id = %s AND owner_id = %s",
        (todo_id, owner_id),
    )
    row = cur.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return row


# ------------------------------------------------------------------ auth


@app.post("/auth/signup", status_code=201, response_model=UserOut, tags=["auth"],
          summary="Register a user", responses={409: {"description": "Username taken"}})
def signup(body: dict = Body(...), conn: psycopg2.extensions.connection = Depends(db.get_db)):
    validate.reject_unknown(body, {"username", "password"})
    name = validate.username(body)
    pw = validate.password(body)
    with conn.cursor() as cur:
        try:
            cur.execute(
                "INSERT INTO app_user (username, pw_hash) VALUES (%s, %s) RETURNING id",
                (name, hash_password(pw)),
            )
        except psycopg2.errors.UniqueViolation:
            raise HTTPException(status.HTTP_409_CONFLICT, "Username taken")
        row = cur.fetchone()
    return UserOut(id=row["id"], username=name)


@app.post("/auth/token", response_model=TokenOut, tags=["auth"], summary="Log in", responses=UNAUTH)
def login(form: OAuth2PasswordRequestForm = Depends(),
          conn: psycopg2.extensions.connection = Depends(db.get_db)):
    with conn.cursor() as cur:
        cur.execute("SELECT id, pw_hash FROM app_user WHERE username = %s", (form.username,))
        row = cur.fetchone()
    if row is None or not check_password(form.password, bytes(row["pw_hash"])):
        raise _unauth()
    return TokenOut(access_token=make_token(row["id"]), token_type="bearer")


# ------------------------------------------------------------------ todos


@app.post("/todos", status_code=201, response_model=TodoOut, tags=["todos"],
          summary="Create a todo", responses=UNAUTH)
def create_todo(
    body: dict = Body(..., examples=[{"title": "buy milk", "description": "2l", "done": False}]),
    uid: int = Depends(current_user_id),
    conn: psycopg2.extensions.connection = Depends(db.get_db),
):
    validate.reject_unknown(body, {"title", "description", "done", "pinned"})
    title = validate.req_str(body, "title", 1, 200)
    desc = validate.opt_str(body, "description", 0, 2000)
    flags = 0
    flags = set_bit(flags, TODO_DONE, validate.opt_bool(body, "done") is True)
    flags = set_bit(flags, TODO_PINNED, validate.opt_bool(body, "pinned") is True)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO todo (owner_id, title, description, flags) VALUES (%s, %s, %s, %s) RETURNING *",
            (uid, title, desc, flags),
        )
        return _row_to_todo(cur.fetchone())


@app.get("/todos", response_model=TodoList, tags=["todos"], summary="List my todos", responses=UNAUTH)
def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    uid: int = Depends(current_user_id),
    conn: psycopg2.extensions.connection = Depends(db.get_db),
):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT * FROM todo WHERE owner_id = %s ORDER BY (flags & 2) DESC, id ASC",
            (uid,),
        )
        rows = cur.fetchall()
    page = rows[offset:offset + limit]
    return TodoList(total=len(rows), limit=limit, offset=offset, items=[_row_to_todo(r) for r in page])


@app.get("/todos/{todo_id}", response_model=TodoOut, tags=["todos"], summary="Get one todo",
         responses={**UNAUTH, **NOT_FOUND})
def get_todo(
    todo_id: int = Path(..., ge=1, le=PG_BIGINT_MAX),
    uid: int = Depends(current_user_id),
    conn: psycopg2.extensions.connection = Depends(db.get_db),
):
    with conn.cursor() as cur:
        return _row_to_todo(_get_owned(cur, todo_id, uid))


@app.patch("/todos/{todo_id}", response_model=TodoOut, tags=["todos"], summary="Update a todo",
           responses={**UNAUTH, **NOT_FOUND})
def update_todo(
    todo_id: int = Path(..., ge=1, le=PG_BIGINT_MAX),
    body: dict = Body(..., examples=[{"done": True}]),
    uid: int = Depends(current_user_id),
    conn: psycopg2.extensions.connection = Depends(db.get_db),
):
    validate.reject_unknown(body, {"title", "description", "done", "pinned"})
    with conn.cursor() as cur:
        row = _get_owned(cur, todo_id, uid)
        title = row["title"]
        desc = row["description"]
        flags = row["flags"]
        if "title" in body:
            title = validate.opt_str(body, "title", 1, 200, allow_null=False)
        if "description" in body:
            desc = validate.opt_str(body, "description", 0, 2000)
        done = validate.opt_bool(body, "done")
        if done is not None:
            flags = set_bit(flags, TODO_DONE, done)
        pinned = validate.opt_bool(body, "pinned")
        if pinned is not None:
            flags = set_bit(flags, TODO_PINNED, pinned)
        cur.execute(
            "UPDATE todo SET title = %s, description = %s, flags = %s, updated_at = now() "
            "WHERE id = %s AND owner_id = %s RETURNING *",
            (title, desc, flags, todo_id, uid),
        )
        return _row_to_todo(cur.fetchone())


@app.delete("/todos/{todo_id}", status_code=204, response_class=Response, tags=["todos"],
            summary="Delete a todo", responses={**UNAUTH, **NOT_FOUND})
def delete_todo(
    todo_id: int = Path(..., ge=1, le=PG_BIGINT_MAX),
    uid: int = Depends(current_user_id),
    conn: psycopg2.extensions.connection = Depends(db.get_db),
):
    with conn.cursor() as cur:
        cur.execute("DELETE FROM todo WHERE id = %s AND owner_id = %s", (todo_id, uid))
        if cur.rowcount == 0:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return Response(status_code=204)
