# =====================================================================
# TODO_SERVER.PY
#
# PROGRAM  : TODO LIST SERVICE
# PURPOSE  : LETS SEVERAL PERSONS KEEP THEIR OWN TODO LISTS OVER HTTP.
# START    : uvicorn todo_server:app
#
# ALL ROUTE FUNCTIONS ARE ORDINARY "def" FUNCTIONS, NOT "async def",
# BECAUSE THEY CALL SQLITE3 WHICH WAITS FOR THE DISK. FASTAPI THEN
# RUNS THEM IN ITS THREAD POOL AND THE SERVER STAYS RESPONSIVE.
# =====================================================================
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBasicCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

import todo_constants as K
import todo_database as DB
import todo_security as SEC


# ---------------------------------------------------------------------
# RECORD LAYOUTS (REQUEST AND RESPONSE BODIES)
# ---------------------------------------------------------------------
class NEW_USER_RECORD(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=K.USERNAME_MIN_LENGTH, max_length=K.USERNAME_MAX_LENGTH,
                          pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=K.PASSWORD_MIN_LENGTH, max_length=K.PASSWORD_MAX_LENGTH)


class USER_RECORD(BaseModel):
    user_id: int
    username: str


class TOKEN_RECORD(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in_seconds: int


class TODO_INPUT_RECORD(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    title: str = Field(min_length=K.TITLE_MIN_LENGTH, max_length=K.TITLE_MAX_LENGTH)
    description: str | None = Field(default=None, max_length=K.DESCRIPTION_MAX_LENGTH)
    done: bool = False


class TODO_RECORD(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: str
    updated_at: str


class TODO_PAGE_RECORD(BaseModel):
    items: list[TODO_RECORD]
    total: int
    limit: int
    offset: int


class MESSAGE_RECORD(BaseModel):
    detail: str


def ROW_TO_TODO_RECORD(row: dict[str, Any]) -> TODO_RECORD:
    return TODO_RECORD(
        id=row["TODO_ID"],
        title=row["TITLE"],
        description=row["DESCRIPTION"],
        done=(row["DONE_FLAG"] == 1),
        created_at=row["CREATED_AT"],
        updated_at=row["UPDATED_AT"],
    )


# ---------------------------------------------------------------------
# PROGRAM START AND END
# ---------------------------------------------------------------------
@asynccontextmanager
async def LIFESPAN(application: FastAPI) -> Iterator[None]:
    DB.OPEN_DATABASE(K.DATABASE_FILE_NAME)
    yield
    DB.CLOSE_DATABASE()


app = FastAPI(
    title="TODO LIST SERVICE",
    version="1.0",
    description="Log in with HTTP Basic at POST /login to receive a bearer token. "
                "Send that token on every /todos request.",
    lifespan=LIFESPAN,
)

BASIC_SCHEME = HTTPBasic(description="USERNAME AND PASSWORD, ONLY FOR POST /login")
BEARER_SCHEME = HTTPBearer(description="TOKEN RETURNED BY POST /login", auto_error=False)

ERROR_401: dict[int | str, dict[str, Any]] = {401: {"model": MESSAGE_RECORD, "description": "NOT LOGGED IN"}}
ERROR_404: dict[int | str, dict[str, Any]] = {404: {"model": MESSAGE_RECORD, "description": "NO SUCH TODO"}}


def CURRENT_USER_ID(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER_SCHEME)],
) -> int:
    """CHECKS THE BEARER TOKEN. ANSWERS 401 WHEN IT IS MISSING, WRONG OR EXPIRED."""
    if credentials is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "TOKEN MISSING", headers={"WWW-Authenticate": "Bearer"})
    user_id = SEC.READ_TOKEN(credentials.credentials)
    if user_id is None or not DB.USER_EXISTS(user_id):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "TOKEN NOT VALID", headers={"WWW-Authenticate": "Bearer"})
    return user_id


TODO_ID_PARAMETER = Path(ge=1, le=9_223_372_036_854_775_807, description="TODO NUMBER")


# ---------------------------------------------------------------------
# ACCOUNTS
# ---------------------------------------------------------------------
@app.post("/users", status_code=201, response_model=USER_RECORD, summary="OPEN A NEW ACCOUNT",
          responses={409: {"model": MESSAGE_RECORD, "description": "USERNAME TAKEN"}})
def CREATE_USER(new_user: NEW_USER_RECORD) -> USER_RECORD:
    salt = SEC.MAKE_SALT()
    password_hash = SEC.HASH_PASSWORD(new_user.password, salt)
    user_id = DB.INSERT_USER(new_user.username, salt, password_hash)
    if user_id is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "USERNAME IS ALREADY TAKEN")
    return USER_RECORD(user_id=user_id, username=new_user.username)


@app.post("/login", response_model=TOKEN_RECORD, summary="LOG IN WITH HTTP BASIC, RECEIVE A TOKEN",
          responses=ERROR_401)
def LOGIN(credentials: Annotated[HTTPBasicCredentials, Depends(BASIC_SCHEME)]) -> TOKEN_RECORD:
    user = DB.READ_USER_BY_NAME(credentials.username)
    if user is None or not SEC.PASSWORD_MATCHES(credentials.password, user["PASSWORD_SALT"], user["PASSWORD_HASH"]):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "WRONG USERNAME OR PASSWORD",
                            headers={"WWW-Authenticate": "Basic"})
    return TOKEN_RECORD(access_token=SEC.MAKE_TOKEN(user["USER_ID"]), expires_in_seconds=K.TOKEN_VALID_SECONDS)


# ---------------------------------------------------------------------
# TODOS
# ---------------------------------------------------------------------
@app.post("/todos", status_code=201, response_model=TODO_RECORD, summary="ADD A TODO", responses=ERROR_401)
def CREATE_TODO(todo: TODO_INPUT_RECORD, user_id: Annotated[int, Depends(CURRENT_USER_ID)]) -> TODO_RECORD:
    todo_id = DB.INSERT_TODO(user_id, todo.title, todo.description, todo.done)
    row = DB.READ_TODO(user_id, todo_id)
    if row is None:  # CANNOT HAPPEN, BUT NEVER ASSUME
        raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, "TODO WAS NOT STORED")
    return ROW_TO_TODO_RECORD(row)


@app.get("/todos", response_model=TODO_PAGE_RECORD, summary="LIST MY TODOS, ONE PAGE", responses=ERROR_401)
def LIST_TODOS(
    user_id: Annotated[int, Depends(CURRENT_USER_ID)],
    limit: Annotated[int, Query(ge=1, le=K.MAXIMUM_PAGE_SIZE)] = K.DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> TODO_PAGE_RECORD:
    rows, total = DB.READ_TODO_PAGE(user_id, limit, offset)
    return TODO_PAGE_RECORD(items=[ROW_TO_TODO_RECORD(r) for r in rows], total=total, limit=limit, offset=offset)


@app.get("/todos/{todo_id}", response_model=TODO_RECORD, summary="SHOW ONE TODO",
         responses={**ERROR_401, **ERROR_404})
def READ_TODO(
    user_id: Annotated[int, Depends(CURRENT_USER_ID)],
    todo_id: Annotated[int, TODO_ID_PARAMETER],
) -> TODO_RECORD:
    row = DB.READ_TODO(user_id, todo_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "NO SUCH TODO")
    return ROW_TO_TODO_RECORD(row)


@app.put("/todos/{todo_id}", response_model=TODO_RECORD, summary="REPLACE ONE TODO",
         responses={**ERROR_401, **ERROR_404})
def REPLACE_TODO(
    todo: TODO_INPUT_RECORD,
    user_id: Annotated[int, Depends(CURRENT_USER_ID)],
    todo_id: Annotated[int, TODO_ID_PARAMETER],
) -> TODO_RECORD:
    if not DB.REWRITE_TODO(user_id, todo_id, todo.title, todo.description, todo.done):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "NO SUCH TODO")
    row = DB.READ_TODO(user_id, todo_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "NO SUCH TODO")
    return ROW_TO_TODO_RECORD(row)


@app.delete("/todos/{todo_id}", status_code=204, response_class=Response, summary="REMOVE ONE TODO",
            responses={**ERROR_401, **ERROR_404})
def REMOVE_TODO(
    user_id: Annotated[int, Depends(CURRENT_USER_ID)],
    todo_id: Annotated[int, TODO_ID_PARAMETER],
) -> Response:
    if not DB.DELETE_TODO(user_id, todo_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "NO SUCH TODO")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
