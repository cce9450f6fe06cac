import os
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from blog import auth, db, store
from blog.models import (
    CommentIn,
    CommentOut,
    CommentPage,
    Credentials,
    ErrorOut,
    PostIn,
    PostOut,
    PostPage,
    PostPatch,
    TokenOut,
    UserOut,
)

TOKEN_TTL = timedelta(hours=int(os.environ.get("TOKEN_TTL_HOURS", "24")))

E401 = {401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}}
E403 = {403: {"model": ErrorOut, "description": "Not the author"}}
E404 = {404: {"model": ErrorOut, "description": "Not found"}}
E409 = {409: {"model": ErrorOut, "description": "Username taken"}}

_bearer = HTTPBearer(auto_error=False)


# --- dependencies -----------------------------------------------------------------


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    conn = db.connect(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_user(conn: Conn, creds: Bearer) -> store.User:
    if creds is None:
        raise _unauthorized()
    user = store.user_by_session(conn, auth.token_hash(creds.credentials))
    if user is None:
        raise _unauthorized()
    return user


Me = Annotated[store.User, Depends(current_user)]
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0)]
PostID = Annotated[int, Path(ge=1)]


def _user_out(u: store.User) -> UserOut:
    return UserOut(id=u.id, username=u.username, created_at=u.created_at)


def _require_post(conn: sqlite3.Connection, post_id: int) -> PostOut:
    post = store.get_post(conn, post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="post not found")
    return post


def _require_author(conn: sqlite3.Connection, post_id: int, user: store.User) -> None:
    author_id = store.post_author(conn, post_id)
    if author_id is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="post not found")
    if author_id != user.id:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not the author of this post")


# --- app --------------------------------------------------------------------------


def new_app(db_path: str | None = None) -> FastAPI:
    path = db_path or os.environ.get("BLOG_DB", "blog.db")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.init(path)
        app.state.db_path = path
        yield

    app = FastAPI(title="blog", version="1.0.0", lifespan=lifespan)

    # auth

    @app.post("/auth/register", status_code=201, response_model=UserOut, responses=E409, tags=["auth"])
    def register(body: Credentials, conn: Conn) -> UserOut:
        try:
            user = store.create_user(conn, body.username, auth.hash_password(body.password))
        except store.UsernameTaken:
            raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="username taken") from None
        return _user_out(user)

    @app.post("/auth/login", response_model=TokenOut, responses=E401, tags=["auth"])
    def login(body: Credentials, conn: Conn) -> TokenOut:
        found = store.user_by_username(conn, body.username)
        if found is None or not auth.verify_password(body.password, found.password_hash):
            raise _unauthorized()
        token = auth.new_token()
        expires = datetime.now(timezone.utc) + TOKEN_TTL
        store.create_session(conn, auth.token_hash(token), found.user.id, expires.isoformat(timespec="microseconds"))
        return TokenOut(access_token=token, expires_at=expires)

    @app.post("/auth/logout", status_code=204, responses=E401, tags=["auth"])
    def logout(conn: Conn, creds: Bearer, _: Me) -> Response:
        assert creds is not None  # current_user already rejected a missing token
        store.delete_session(conn, auth.token_hash(creds.credentials))
        return Response(status_code=204)

    @app.get("/auth/me", response_model=UserOut, responses=E401, tags=["auth"])
    def me(user: Me) -> UserOut:
        return _user_out(user)

    # posts

    @app.get("/posts", response_model=PostPage, tags=["posts"])
    def list_posts(
        conn: Conn,
        limit: Limit = 20,
        offset: Offset = 0,
        sort: store.PostSort = "new",
    ) -> PostPage:
        return PostPage(
            items=store.list_posts(conn, limit, offset, sort),
            total=store.count_posts(conn),
            limit=limit,
            offset=offset,
        )

    @app.post("/posts", status_code=201, response_model=PostOut, responses=E401, tags=["posts"])
    def create_post(body: PostIn, conn: Conn, user: Me) -> PostOut:
        post_id = store.insert_post(conn, user.id, body.title, body.content)
        return _require_post(conn, post_id)

    @app.get("/posts/{post_id}", response_model=PostOut, responses=E404, tags=["posts"])
    def get_post(post_id: PostID, conn: Conn) -> PostOut:
        return _require_post(conn, post_id)

    @app.patch("/posts/{post_id}", response_model=PostOut, responses={**E401, **E403, **E404}, tags=["posts"])
    def patch_post(post_id: PostID, body: PostPatch, conn: Conn, user: Me) -> PostOut:
        _require_author(conn, post_id, user)
        store.update_post(conn, post_id, body.title, body.content)
        return _require_post(conn, post_id)

    @app.delete("/posts/{post_id}", status_code=204, responses={**E401, **E403, **E404}, tags=["posts"])
    def delete_post(post_id: PostID, conn: Conn, user: Me) -> Response:
        _require_author(conn, post_id, user)
        store.delete_post(conn, post_id)
        return Response(status_code=204)

    # comments

    @app.get("/posts/{post_id}/comments", response_model=CommentPage, responses=E404, tags=["comments"])
    def list_comments(post_id: PostID, conn: Conn, limit: Limit = 20, offset: Offset = 0) -> CommentPage:
        _require_post(conn, post_id)
        return CommentPage(
            items=store.list_comments(conn, post_id, limit, offset),
            total=store.count_comments(conn, post_id),
            limit=limit,
            offset=offset,
        )

    @app.post(
        "/posts/{post_id}/comments",
        status_code=201,
        response_model=CommentOut,
        responses={**E401, **E404},
        tags=["comments"],
    )
    def create_comment(post_id: PostID, body: CommentIn, conn: Conn, user: Me) -> CommentOut:
        if store.post_author(conn, post_id) is None:
            raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="post not found")
        return store.insert_comment(conn, post_id, user.id, body.body)

    return app


app = new_app()
