from contextlib import asynccontextmanager
from typing import Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import db, security, settings
from .schemas import TodoCreate, TodoOut, Token, UserCreate, UserOut


@asynccontextmanager
async def lifespan(_app):
    db.init_db()
    yield


app = FastAPI(
    title="Todo API",
    lifespan=lifespan,
    docs_url="/docs" if settings.ENABLE_DOCS else None,
    redoc_url=None,
    openapi_url="/openapi.json" if settings.ENABLE_DOCS else None,
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Not authenticated",
    headers={"WWW-Authenticate": "Bearer"},
)
_NOT_FOUND = HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Not found")

UPDATABLE_FIELDS = {"title": str, "description": str, "done": bool}
FIELD_LIMITS = {"title": (1, 200), "description": (0, 2000)}


@app.middleware("http")
async def security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    if not request.url.path.startswith("/docs"):
        response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    return response


async def current_user_id(token: str | None = Depends(oauth2_scheme)) -> int:
    if not token:
        raise _UNAUTHORIZED
    claims = security.decode_token(token)
    if claims is None:
        raise _UNAUTHORIZED
    try:
        user_id = int(claims["sub"])
    except (TypeError, ValueError):
        raise _UNAUTHORIZED
    with db.connect() as conn:
        row = conn.execute("SELECT token_version FROM users WHERE id = ?", (user_id,)).fetchone()
    # token_version lets us revoke every outstanding token for a user
    if row is None or row["token_version"] != claims["ver"]:
        raise _UNAUTHORIZED
    return user_id


def row_to_todo(row):
    return TodoOut(id=row["id"], title=row["title"], description=row["description"], done=bool(row["done"]))


def validate_patch(payload):
    unknown = set(payload) - set(UPDATABLE_FIELDS)
    if unknown:
        raise HTTPException(422, f"Unknown field(s): {', '.join(sorted(unknown))}")
    if not payload:
        raise HTTPException(422, "Nothing to update")
    clean = {}
    for field, value in payload.items():
        expected = UPDATABLE_FIELDS[field]
        if type(value) is not expected:
            raise HTTPException(422, f"'{field}' must be of type {expected.__name__}")
        if field in FIELD_LIMITS:
            lo, hi = FIELD_LIMITS[field]
            if not lo <= len(value) <= hi:
                raise HTTPException(422, f"'{field}' length must be between {lo} and {hi}")
        clean[field] = int(value) if expected is bool else value
    return clean


# ---------------------------------------------------------------- auth


@app.post("/auth/register", status_code=201, response_model=UserOut)
async def register(body: UserCreate):
    pw_hash = await security.hash_password(body.password)
    try:
        with db.connect() as conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                (body.username, pw_hash),
            )
    except db.sqlite3.IntegrityError:
        raise HTTPException(409, "Username not available")
    return UserOut(id=cur.lastrowid, username=body.username)


@app.post("/auth/token", response_model=Token)
async def login(request: Request, form: OAuth2PasswordRequestForm = Depends()):
    client_ip = request.client.host if request.client else "?"
    key = (form.username.lower(), client_ip)
    if security.login_throttle.blocked(key):
        raise HTTPException(429, "Too many failed attempts, try again later")

    with db.connect() as conn:
        row = conn.execute(
            "SELECT id, password_hash, token_version FROM users WHERE username = ?",
            (form.username,),
        ).fetchone()

    ok = await security.verify_password(row["password_hash"] if row else None, form.password)
    if not ok:
        security.login_throttle.fail(key)
        raise HTTPException(401, "Invalid username or password", headers={"WWW-Authenticate": "Bearer"})

    security.login_throttle.reset(key)
    return Token(
        access_token=security.issue_token(row["id"], row["token_version"]),
        expires_in=settings.TOKEN_TTL_SECONDS,
    )


@app.post("/auth/logout-all", status_code=204)
async def logout_everywhere(user_id: int = Depends(current_user_id)):
    """Revoke every token issued to the caller."""
    with db.connect() as conn:
        conn.execute("UPDATE users SET token_version = token_version + 1 WHERE id = ?", (user_id,))
    return Response(status_code=204)


# ---------------------------------------------------------------- todos
# Every query is scoped by owner_id; another user's todo is a 404, never a 403,
# so ids can't be probed for existence.


@app.post("/todos", status_code=201, response_model=TodoOut)
async def create_todo(body: TodoCreate, user_id: int = Depends(current_user_id)):
    with db.connect() as conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
            (user_id, body.title, body.description, int(body.done)),
        )
    return TodoOut(id=cur.lastrowid, **body.model_dump())


@app.get("/todos", response_model=list[TodoOut])
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=1_000_000),
    user_id: int = Depends(current_user_id),
):
    with db.connect() as conn:
        rows = conn.execute(
            "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
            (user_id, limit, offset),
        ).fetchall()
    return [row_to_todo(r) for r in rows]


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user_id: int = Depends(current_user_id)):
    with db.connect() as conn:
        row = conn.execute(
            "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id)
        ).fetchone()
    if row is None:
        raise _NOT_FOUND
    return row_to_todo(row)


@app.patch("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(
    todo_id: int,
    payload: dict[str, Any] = Body(...),
    user_id: int = Depends(current_user_id),
):
    changes = validate_patch(payload)
    # column names come only from UPDATABLE_FIELDS (checked above); values are bound
    assignments = ", ".join(f"{col} = ?" for col in changes)
    with db.connect() as conn:
        cur = conn.execute(
            f"UPDATE todos SET {assignments} WHERE id = ? AND owner_id = ?",
            (*changes.values(), todo_id, user_id),
        )
        if cur.rowcount == 0:
            raise _NOT_FOUND
        row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,)).fetchone()
    return row_to_todo(row)


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, user_id: int = Depends(current_user_id)):
    with db.connect() as conn:
        cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id))
    if cur.rowcount == 0:
        raise _NOT_FOUND
    return Response(status_code=204)
