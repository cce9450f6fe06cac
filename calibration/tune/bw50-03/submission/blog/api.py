from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from blog.auth import ErrBadToken, check_password, hash_password, issue_token, parse_token
from blog.config import Config
from blog.domain import ErrForbidden, User
from blog.schemas import (
    CommentIn,
    CommentOut,
    Credentials,
    PostIn,
    PostOut,
    PostPatch,
    TokenOut,
    UserOut,
)
from blog.store import PostOrder, Store

MAX_INT64 = 2**63 - 1

router = APIRouter()
bearer = HTTPBearer(auto_error=False)

ID = Annotated[int, Path(ge=1, le=MAX_INT64)]
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0, le=MAX_INT64)]


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_config(request: Request) -> Config:
    return request.app.state.config


StoreDep = Annotated[Store, Depends(get_store)]
ConfigDep = Annotated[Config, Depends(get_config)]


def unauthorized(detail: str = "unauthorized") -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": "Bearer"})


async def current_user(
    store: StoreDep,
    cfg: ConfigDep,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    if creds is None:
        raise unauthorized()
    try:
        user_id = parse_token(creds.credentials, cfg.jwt_secret)
    except ErrBadToken:
        raise unauthorized("invalid token") from None
    user = await store.user_by_id(user_id)
    if user is None:
        raise unauthorized("invalid token")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


# auth


@router.post("/auth/signup", status_code=status.HTTP_201_CREATED, response_model=UserOut, tags=["auth"])
async def signup(body: Credentials, store: StoreDep, cfg: ConfigDep) -> UserOut:
    pw_hash = hash_password(body.password, cfg.bcrypt_rounds)
    user = await store.create_user(body.username, pw_hash)
    return UserOut(id=user.id, username=user.username, created_at=user.created_at)


@router.post("/auth/login", response_model=TokenOut, tags=["auth"])
async def login(body: Credentials, store: StoreDep, cfg: ConfigDep) -> TokenOut:
    user = await store.user_by_username(body.username)
    if user is None or not await check_password(body.password, user.password_hash):
        raise unauthorized("bad username or password")
    token = issue_token(user.id, cfg.jwt_secret, cfg.token_ttl_seconds)
    return TokenOut(access_token=token, expires_in=cfg.token_ttl_seconds)


# posts


@router.get("/posts", response_model=list[PostOut], tags=["posts"])
async def list_posts(
    store: StoreDep,
    limit: Limit = 20,
    offset: Offset = 0,
    order: PostOrder = "new",
) -> list[PostOut]:
    posts = await store.list_posts(limit, offset, order)
    return [PostOut(**asdict(p)) for p in posts]


@router.get("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def get_post(post_id: ID, store: StoreDep) -> PostOut:
    return PostOut(**asdict(await store.post(post_id)))


@router.post("/posts", status_code=status.HTTP_201_CREATED, response_model=PostOut, tags=["posts"])
async def create_post(body: PostIn, store: StoreDep, user: CurrentUser) -> PostOut:
    post = await store.create_post(user.id, body.title, body.content)
    return PostOut(**asdict(post))


@router.patch("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def update_post(post_id: ID, body: PostPatch, store: StoreDep, user: CurrentUser) -> PostOut:
    post = await store.post(post_id)
    if post.author_id != user.id:
        raise ErrForbidden("not the author")
    updated = await store.update_post(post_id, body.model_dump(exclude_none=True))
    return PostOut(**asdict(updated))


@router.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["posts"])
async def delete_post(post_id: ID, store: StoreDep, user: CurrentUser) -> Response:
    post = await store.post(post_id)
    if post.author_id != user.id:
        raise ErrForbidden("not the author")
    await store.delete_post(post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# comments


@router.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"])
async def list_comments(
    post_id: ID, store: StoreDep, limit: Limit = 50, offset: Offset = 0
) -> list[CommentOut]:
    comments = await store.list_comments(post_id, limit, offset)
    return [CommentOut(**asdict(c)) for c in comments]


@router.post(
    "/posts/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    tags=["comments"],
)
async def create_comment(
    post_id: ID, body: CommentIn, store: StoreDep, user: CurrentUser
) -> CommentOut:
    comment = await store.create_comment(post_id, user.id, body.body)
    return CommentOut(**asdict(comment))
