"""HTTP layer: routing, request parsing and error translation.

Handlers are plain `def` on purpose: the sqlite3 driver is blocking, so
FastAPI runs them in its worker thread pool instead of on the event loop.
"""

from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import auth
from .config import Config, load_config
from .errors import AuthError, ConflictError, ForbiddenError, NotFoundError
from .models import (
    CommentCreate,
    CommentOut,
    ErrorOut,
    PostCreate,
    PostOut,
    Token,
    UserCreate,
    UserOut,
)
from .store import Store, connect, migrate

CONFIG: Config = load_config()


@asynccontextmanager
async def lifespan(_: FastAPI):
    migrate(CONFIG.db_path)
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog. Bearer tokens from POST /auth/token.",
    lifespan=lifespan,
)

bearer = HTTPBearer(auto_error=False)

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1..100")]
Offset = Annotated[int, Query(ge=0, description="Records to skip")]

E401 = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
E403 = {403: {"model": ErrorOut, "description": "Not the author"}}
E404 = {404: {"model": ErrorOut, "description": "Not found"}}


def get_store() -> Iterator[Store]:
    conn = connect(CONFIG.db_path)
    try:
        yield Store(conn)
    finally:
        conn.close()


def current_user_id(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    store: Annotated[Store, Depends(get_store)],
) -> int:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="invalid or missing token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if creds is None:
        raise unauthorized
    try:
        user_id = auth.parse_token(creds.credentials, CONFIG.secret)
    except AuthError:
        raise unauthorized
    if not store.user_exists(user_id):
        raise unauthorized
    return user_id


StoreDep = Annotated[Store, Depends(get_store)]
UserID = Annotated[int, Depends(current_user_id)]


# --- auth -------------------------------------------------------------------


@app.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorOut, "description": "Username taken"}},
    tags=["auth"],
)
def register(body: UserCreate, store: StoreDep) -> UserOut:
    """Create an account."""
    try:
        return store.create_user(body.username, auth.hash_password(body.password))
    except ConflictError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc))


@app.post("/auth/token", responses=E401, tags=["auth"])
def login(body: UserCreate, store: StoreDep) -> Token:
    """Exchange username and password (JSON) for a bearer token."""
    bad = HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong username or password")
    try:
        user_id, pw_hash = store.user_credentials(body.username)
    except NotFoundError:
        raise bad
    if not auth.verify_password(body.password, pw_hash):
        raise bad
    return Token(access_token=auth.issue_token(user_id, CONFIG.secret, CONFIG.token_ttl_seconds))


# --- posts ------------------------------------------------------------------


@app.get("/posts", tags=["posts"])
def list_posts(store: StoreDep, limit: Limit = 20, offset: Offset = 0) -> list[PostOut]:
    """List posts, newest first."""
    return store.list_posts(limit, offset)


@app.post("/posts", status_code=status.HTTP_201_CREATED, responses=E401, tags=["posts"])
def create_post(body: PostCreate, user_id: UserID, store: StoreDep) -> PostOut:
    """Publish a post as the current user."""
    return store.create_post(user_id, body.title, body.content)


@app.get("/posts/{post_id}", responses=E404, tags=["posts"])
def get_post(post_id: int, store: StoreDep) -> PostOut:
    """Read one post."""
    try:
        return store.get_post(post_id)
    except NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@app.put("/posts/{post_id}", responses={**E401, **E403, **E404}, tags=["posts"])
def update_post(post_id: int, body: PostCreate, user_id: UserID, store: StoreDep) -> PostOut:
    """Replace title and content. Author only."""
    try:
        return store.update_post(post_id, user_id, body.title, body.content)
    except NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc))
    except ForbiddenError as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(exc))


@app.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**E401, **E403, **E404},
    tags=["posts"],
)
def delete_post(post_id: int, user_id: UserID, store: StoreDep) -> Response:
    """Delete a post and its comments. Author only."""
    try:
        store.delete_post(post_id, user_id)
    except NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc))
    except ForbiddenError as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(exc))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- comments ---------------------------------------------------------------


@app.post(
    "/posts/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    responses={**E401, **E404},
    tags=["comments"],
)
def create_comment(post_id: int, body: CommentCreate, user_id: UserID, store: StoreDep) -> CommentOut:
    """Comment on a post."""
    try:
        return store.create_comment(post_id, user_id, body.body)
    except NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@app.get("/posts/{post_id}/comments", responses=E404, tags=["comments"])
def list_comments(
    post_id: int, store: StoreDep, limit: Limit = 20, offset: Offset = 0
) -> list[CommentOut]:
    """List a post's comments, oldest first."""
    try:
        return store.list_comments(post_id, limit, offset)
    except NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc))
