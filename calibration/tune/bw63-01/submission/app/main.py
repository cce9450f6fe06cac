"""Todo API.

All handlers are plain `def`: sqlite3 and PBKDF2 are blocking, and FastAPI
runs sync handlers in its worker thread pool, so the event loop never waits on them.
"""
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from .config import get_settings
from .db import get_conn, init_db
from .models import ErrorOut, Token, TodoCreate, TodoOut, TodoPage, TodoUpdate, UserCreate, UserOut
from .perms import Perm, has, is_disabled
from .security import burn_verify, decode_token, hash_password, issue_token, verify_password

PAGE_DEFAULT = 20
PAGE_MAX = 100
OFFSET_MAX = 1_000_000
SQLITE_INT_MAX = 2**63 - 1

TODO_COLUMNS = "id, title, description, done, created_at, updated_at"
# Whitelist for the PATCH statement builder. Order is fixed.
UPDATABLE = ("title", "description", "done")


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()  # fail fast on bad configuration
    init_db(settings.db_path)
    yield


app = FastAPI(
    title="Todo API",
    version="1.0.0",
    description="Per-user todo lists. Auth: OAuth2 password flow, bearer JWT.",
    lifespan=lifespan,
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

DbConn = Annotated[sqlite3.Connection, Depends(get_conn)]
TodoId = Annotated[int, Path(ge=1, le=SQLITE_INT_MAX, description="Todo id")]

R401 = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
R404 = {404: {"model": ErrorOut, "description": "Todo not found (or not yours)"}}


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _not_found() -> HTTPException:
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")


def current_user(token: Annotated[str, Depends(oauth2_scheme)], conn: DbConn) -> sqlite3.Row:
    uid = decode_token(token)
    if uid is None:
        raise _unauthorized()
    row = conn.execute("SELECT id, username, perms FROM users WHERE id = ?", (uid,)).fetchone()
    if row is None or is_disabled(row["perms"]):
        raise _unauthorized()
    return row


def require(needed: Perm) -> Callable[[sqlite3.Row], sqlite3.Row]:
    def _check(user: Annotated[sqlite3.Row, Depends(current_user)]) -> sqlite3.Row:
        if not has(user["perms"], needed):
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Permission denied")
        return user

    return _check


Reader = Annotated[sqlite3.Row, Depends(require(Perm.TODO_READ))]
Writer = Annotated[sqlite3.Row, Depends(require(Perm.TODO_WRITE))]


def _to_out(row: sqlite3.Row) -> TodoOut:
    return TodoOut(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _fetch_owned(conn: sqlite3.Connection, todo_id: int, owner_id: int) -> sqlite3.Row:
    row = conn.execute(
        f"SELECT {TODO_COLUMNS} FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, owner_id),
    ).fetchone()
    if row is None:
        raise _not_found()
    return row


# ---------------------------------------------------------------- auth


@app.post(
    "/auth/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
    tags=["auth"],
)
def signup(body: UserCreate, conn: DbConn) -> UserOut:
    iters = get_settings().pbkdf2_iters
    salt, dk = hash_password(body.password, iters)
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, pw_salt, pw_hash, pw_iters) VALUES (?, ?, ?, ?)",
                (body.username, salt, dk, iters),
            )
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")
    if cur.lastrowid is None:
        raise HTTPException(status_code=500, detail="Insert failed")
    return UserOut(id=cur.lastrowid, username=body.username)


@app.post(
    "/auth/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses=R401,
    tags=["auth"],
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: DbConn) -> Token:
    row = conn.execute(
        "SELECT id, pw_salt, pw_hash, pw_iters, perms FROM users WHERE username = ?",
        (form.username,),
    ).fetchone()
    if row is None:
        burn_verify(form.password, get_settings().pbkdf2_iters)
        raise _unauthorized()
    if not verify_password(form.password, row["pw_salt"], row["pw_hash"], row["pw_iters"]):
        raise _unauthorized()
    if is_disabled(row["perms"]):
        raise _unauthorized()
    token, ttl = issue_token(row["id"])
    return Token(access_token=token, expires_in=ttl)


@app.get("/auth/me", response_model=UserOut, summary="Who am I", responses=R401, tags=["auth"])
def me(user: Annotated[sqlite3.Row, Depends(current_user)]) -> UserOut:
    return UserOut(id=user["id"], username=user["username"])


# ---------------------------------------------------------------- todos


@app.post(
    "/todos",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=R401,
    tags=["todos"],
)
def create_todo(body: TodoCreate, user: Writer, conn: DbConn) -> TodoOut:
    with conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
            (user["id"], body.title, body.description, int(body.done)),
        )
    if cur.lastrowid is None:
        raise HTTPException(status_code=500, detail="Insert failed")
    return _to_out(_fetch_owned(conn, cur.lastrowid, user["id"]))


@app.get(
    "/todos",
    response_model=TodoPage,
    summary="List my todos (paginated, oldest first)",
    responses=R401,
    tags=["todos"],
)
def list_todos(
    user: Reader,
    conn: DbConn,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_DEFAULT,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX)] = 0,
) -> TodoPage:
    total = conn.execute(
        "SELECT COUNT(*) FROM todos WHERE owner_id = ?", (user["id"],)
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT {TODO_COLUMNS} FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (user["id"], limit, offset),
    ).fetchall()
    return TodoPage(items=[_to_out(r) for r in rows], total=total, limit=limit, offset=offset)


@app.get(
    "/todos/{todo_id}",
    response_model=TodoOut,
    summary="Read one todo",
    responses={**R401, **R404},
    tags=["todos"],
)
def read_todo(todo_id: TodoId, user: Reader, conn: DbConn) -> TodoOut:
    return _to_out(_fetch_owned(conn, todo_id, user["id"]))


@app.patch(
    "/todos/{todo_id}",
    response_model=TodoOut,
    summary="Update a todo (partial)",
    responses={**R401, **R404},
    tags=["todos"],
)
def update_todo(todo_id: TodoId, body: TodoUpdate, user: Writer, conn: DbConn) -> TodoOut:
    fields = body.model_dump(exclude_unset=True)
    cols = [c for c in UPDATABLE if c in fields]
    if not cols:
        return _to_out(_fetch_owned(conn, todo_id, user["id"]))

    assignments = ", ".join(f"{c} = ?" for c in cols)
    params: list[object] = [int(fields[c]) if c == "done" else fields[c] for c in cols]
    params.extend((todo_id, user["id"]))
    with conn:
        cur = conn.execute(
            f"UPDATE todos SET {assignments}, updated_at = datetime('now') "
            "WHERE id = ? AND owner_id = ?",
            params,
        )
    if cur.rowcount != 1:
        raise _not_found()
    return _to_out(_fetch_owned(conn, todo_id, user["id"]))


@app.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses={**R401, **R404},
    tags=["todos"],
)
def delete_todo(todo_id: TodoId, user: Writer, conn: DbConn) -> Response:
    with conn:
        cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user["id"]))
    if cur.rowcount != 1:
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
