"""HTTP layer. Handlers are plain `def`: sqlite3 and argon2 block, so FastAPI
runs them in its threadpool instead of on the event loop."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import auth
from .models import (
    CommentIn,
    CommentOut,
    Credentials,
    ErrorOut,
    PostIn,
    PostList,
    PostOut,
    PostPatch,
    TokenOut,
    UserOut,
)
from .store import BlogStore, ErrConflict, ErrNotFound, Post, User, now_utc

router = APIRouter()
bearer = HTTPBearer(auto_error=False)

NOT_FOUND = {404: {"model": ErrorOut, "description": "No such post"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author"}}


def get_store(request: Request) -> Iterator[BlogStore]:
    s: BlogStore = request.app.state.open_store()
    try:
        yield s
    finally:
        s.close()


Store = Annotated[BlogStore, Depends(get_store)]


def current_user(
    store: Store,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    try:
        return store.user_by_session(auth.hash_token(creds.credentials), now_utc())
    except ErrNotFound:
        raise HTTPException(401, "invalid or expired token", headers={"WWW-Authenticate": "Bearer"})


CurrentUser = Annotated[User, Depends(current_user)]

# SQLite integers are int64; anything larger would blow up in the driver.
PostID = Annotated[int, Path(ge=1, le=2**63 - 1)]


def post_out(p: Post) -> PostOut:
    return PostOut(**asdict(p))


# --- accounts ----------------------------------------------------------------


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses={409: {"model": ErrorOut, "description": "Username taken"}},
    summary="Sign up",
    tags=["accounts"],
)
def sign_up(body: Credentials, store: Store) -> UserOut:
    try:
        u = store.create_user(body.username, auth.hash_password(body.password))
    except ErrConflict:
        raise HTTPException(409, "username taken")
    return UserOut(id=u.id, username=u.username)


@router.post(
    "/sessions",
    response_model=TokenOut,
    responses=UNAUTHORIZED,
    summary="Log in and get a bearer token",
    tags=["accounts"],
)
def log_in(body: Credentials, store: Store) -> TokenOut:
    try:
        u: User | None = store.user_by_name(body.username)
    except ErrNotFound:
        u = None
    if not auth.verify_password(u.password_hash if u else None, body.password):
        raise HTTPException(401, "bad username or password", headers={"WWW-Authenticate": "Bearer"})
    assert u is not None
    token, token_hash, expires = auth.new_token()
    store.create_session(token_hash, u.id, expires)
    return TokenOut(access_token=token, expires_at=expires)


# --- posts -------------------------------------------------------------------


@router.get("/posts", response_model=PostList, summary="List posts, newest first", tags=["posts"])
def list_posts(
    store: Store,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> PostList:
    items = [post_out(p) for p in store.list_posts(limit, offset)]
    return PostList(items=items, limit=limit, offset=offset)


@router.post(
    "/posts",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    responses=UNAUTHORIZED,
    summary="Publish a post",
    tags=["posts"],
)
def create_post(body: PostIn, store: Store, user: CurrentUser) -> PostOut:
    return post_out(store.create_post(user.id, body.title, body.content))


@router.get("/posts/{post_id}", response_model=PostOut, responses=NOT_FOUND, summary="Read a post", tags=["posts"])
def get_post(post_id: PostID, store: Store) -> PostOut:
    try:
        return post_out(store.get_post(post_id))
    except ErrNotFound:
        raise HTTPException(404, "post not found")


def owned_post(post_id: int, store: BlogStore, user: User) -> Post:
    try:
        p = store.get_post(post_id)
    except ErrNotFound:
        raise HTTPException(404, "post not found")
    if p.author_id != user.id:
        raise HTTPException(403, "only the author may change this post")
    return p


@router.patch(
    "/posts/{post_id}",
    response_model=PostOut,
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
    summary="Edit your post",
    tags=["posts"],
)
def update_post(post_id: PostID, body: PostPatch, store: Store, user: CurrentUser) -> PostOut:
    owned_post(post_id, store, user)
    try:
        return post_out(store.update_post(post_id, body.model_dump(exclude_unset=True)))
    except ErrNotFound:
        raise HTTPException(404, "post not found")


@router.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
    summary="Delete your post",
    tags=["posts"],
)
def delete_post(post_id: PostID, store: Store, user: CurrentUser) -> Response:
    owned_post(post_id, store, user)
    try:
        store.delete_post(post_id)
    except ErrNotFound:
        raise HTTPException(404, "post not found")
    return Response(status_code=204)


# --- comments ----------------------------------------------------------------


@router.post(
    "/posts/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    responses={**NOT_FOUND, **UNAUTHORIZED},
    summary="Comment on a post",
    tags=["comments"],
)
def create_comment(post_id: PostID, body: CommentIn, store: Store, user: CurrentUser) -> CommentOut:
    try:
        c = store.create_comment(post_id, user.id, body.body)
    except ErrNotFound:
        raise HTTPException(404, "post not found")
    return CommentOut(**asdict(c))


@router.get(
    "/posts/{post_id}/comments",
    response_model=list[CommentOut],
    responses=NOT_FOUND,
    summary="A post's comments, oldest first",
    tags=["comments"],
)
def list_comments(post_id: PostID, store: Store) -> list[CommentOut]:
    try:
        return [CommentOut(**asdict(c)) for c in store.list_comments(post_id)]
    except ErrNotFound:
        raise HTTPException(404, "post not found")
