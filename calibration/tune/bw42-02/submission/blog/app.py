"""HTTP edge. Handlers are plain `def`: FastAPI runs them in its threadpool, which is
what we want for the blocking sqlite3 driver."""
from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Annotated, TypeVar, assert_never

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from blog import auth, domain, store
from blog.config import Config
from blog.schemas import (
    CommentIn,
    CommentOut,
    PostIn,
    PostOut,
    PostPatch,
    Problem,
    SignUp,
    TokenOut,
    UserOut,
)
from blog.types import (
    Conflict,
    DomainError,
    Err,
    Forbidden,
    NotFound,
    Ok,
    Page,
    Post,
    PostId,
    Result,
    UserId,
    Username,
    bind,
    from_optional,
)

A = TypeVar("A")

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


# -- effects at the edge -----------------------------------------------------------

def now() -> datetime:
    return datetime.now(timezone.utc)


def get_config(request: Request) -> Config:
    return request.app.state.config


def get_conn(config: Annotated[Config, Depends(get_config)]) -> Iterator[sqlite3.Connection]:
    conn = store.connect(config.db_path)
    try:
        yield conn
    finally:
        conn.close()


def get_page(
    limit: Annotated[int, Query(ge=1, le=100, description="page size")] = 20,
    offset: Annotated[int, Query(ge=0, description="items to skip")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]
Cfg = Annotated[Config, Depends(get_config)]
PageQ = Annotated[Page, Depends(get_page)]

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="invalid or expired token",
    headers={"WWW-Authenticate": "Bearer"},
)


def current_user(token: Annotated[str, Depends(oauth2)], cfg: Cfg, conn: Conn) -> UserId:
    uid = auth.read_token(token, cfg.secret)
    if uid is None or store.user_by_id(conn, uid) is None:
        raise _UNAUTHORIZED
    return uid


Me = Annotated[UserId, Depends(current_user)]


def unwrap(r: Result[A, DomainError]) -> A:
    """Collapse a Result into either a value or an HTTP error."""
    match r:
        case Ok(value=v):
            return v
        case Err(error=NotFound(what=what)):
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"{what} not found")
        case Err(error=Forbidden(reason=reason)):
            raise HTTPException(status.HTTP_403_FORBIDDEN, reason)
        case Err(error=Conflict(reason=reason)):
            raise HTTPException(status.HTTP_409_CONFLICT, reason)
        case _:
            assert_never(r)


def existing_post(conn: sqlite3.Connection, post_id: int) -> Result[Post, DomainError]:
    return from_optional(store.post_by_id(conn, PostId(post_id)), NotFound("post"))


def owned_post(conn: sqlite3.Connection, me: UserId, post_id: int) -> Post:
    return unwrap(bind(existing_post(conn, post_id), lambda p: domain.authorize_edit(me, p)))


def _problem(description: str) -> dict[str, object]:
    return {"model": Problem, "description": description}


R401 = {401: _problem("missing or invalid bearer token")}
R403 = {403: _problem("not the author")}
R404 = {404: _problem("not found")}

router = APIRouter()


# -- auth --------------------------------------------------------------------------

@router.post(
    "/auth/signup",
    status_code=status.HTTP_201_CREATED,
    responses={409: _problem("username taken")},
    tags=["auth"],
)
def signup(body: SignUp, conn: Conn) -> UserOut:
    user = unwrap(store.insert_user(conn, Username(body.username), auth.hash_password(body.password)))
    return UserOut.of(user)


@router.post("/auth/token", responses=R401, tags=["auth"])
def token(form: Annotated[OAuth2PasswordRequestForm, Depends()], cfg: Cfg, conn: Conn) -> TokenOut:
    user = store.user_by_name(conn, form.username)
    if user is None or not auth.verify_password(user.password_hash, form.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=auth.issue_token(user.id, cfg.secret, now(), cfg.token_ttl))


# -- posts -------------------------------------------------------------------------

@router.get("/posts", tags=["posts"])
def list_posts(conn: Conn, page: PageQ) -> list[PostOut]:
    posts = domain.paginate(domain.newest_first(store.all_posts(conn)), page)
    return [PostOut.of(store.with_author(conn, p)) for p in posts]


@router.post("/posts", status_code=status.HTTP_201_CREATED, responses=R401, tags=["posts"])
def create_post(body: PostIn, me: Me, conn: Conn) -> PostOut:
    post = store.insert_post(conn, me, body.title, body.content, now())
    return PostOut.of(store.with_author(conn, post))


@router.get("/posts/{post_id}", responses=R404, tags=["posts"])
def read_post(post_id: int, conn: Conn) -> PostOut:
    post = unwrap(existing_post(conn, post_id))
    return PostOut.of(store.with_author(conn, post))


@router.patch("/posts/{post_id}", responses={**R401, **R403, **R404}, tags=["posts"])
def edit_post(post_id: int, body: PostPatch, me: Me, conn: Conn) -> PostOut:
    post = owned_post(conn, me, post_id)
    edited = store.save_post(conn, domain.apply_edit(post, body.to_edit(), now()))
    return PostOut.of(store.with_author(conn, edited))


@router.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**R401, **R403, **R404},
    tags=["posts"],
)
def remove_post(post_id: int, me: Me, conn: Conn) -> None:
    store.delete_post(conn, owned_post(conn, me, post_id).id)


# -- comments ----------------------------------------------------------------------

@router.get("/posts/{post_id}/comments", responses=R404, tags=["comments"])
def list_comments(post_id: int, conn: Conn, page: PageQ) -> list[CommentOut]:
    post = unwrap(existing_post(conn, post_id))
    return [CommentOut.of(c) for c in domain.paginate(store.comments_for(conn, post.id), page)]


@router.post(
    "/posts/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    responses={**R401, **R404},
    tags=["comments"],
)
def add_comment(post_id: int, body: CommentIn, me: Me, conn: Conn) -> CommentOut:
    post = unwrap(existing_post(conn, post_id))
    return CommentOut.of(store.insert_comment(conn, post.id, me, body.content, now()))


# -- assembly ----------------------------------------------------------------------

def create_app(config: Config | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        cfg = config or Config.from_env(os.environ)
        conn = store.connect(cfg.db_path)
        try:
            store.migrate(conn)
        finally:
            conn.close()
        app.state.config = cfg
        yield

    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        description="Multi-author blog. Auth: OAuth2 password flow, bearer JWT.",
        lifespan=lifespan,
    )
    app.include_router(router)
    return app


app = create_app()
