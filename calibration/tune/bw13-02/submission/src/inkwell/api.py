"""HTTP edge: parse, call the repo and the pure domain rules, map results to responses."""
from datetime import datetime, timedelta, timezone
from typing import Annotated, NoReturn

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from inkwell import repo
from inkwell.domain import Conflict, DomainError, Forbidden, NotFound, Post, PostPatch, User
from inkwell.domain import apply_patch, authorize_edit
from inkwell.schemas import (
    CommentIn,
    CommentOut,
    ErrorOut,
    PageOut,
    PostIn,
    PostOut,
    PostPatchIn,
    SignUp,
    Token,
    UserOut,
)
from inkwell.security import decode_token, encode_token, hash_password, verify_password
from inkwell.settings import Settings, get_settings

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")

router = APIRouter()

UNAUTHORIZED = {401: {"model": ErrorOut, "description": "missing or invalid token"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "no such record"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "not the author"}}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def get_db(request: Request) -> aiosqlite.Connection:
    db: aiosqlite.Connection = request.app.state.db
    return db


Db = Annotated[aiosqlite.Connection, Depends(get_db)]
Config = Annotated[Settings, Depends(get_settings)]
Limit = Annotated[int, Query(ge=1, le=100, description="page size (1-100)")]
Offset = Annotated[int, Query(ge=0, description="records to skip")]


def raise_for(error: DomainError) -> NoReturn:
    match error:
        case NotFound(what):
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"{what} not found")
        case Forbidden(reason):
            raise HTTPException(status.HTTP_403_FORBIDDEN, reason)
        case Conflict(reason):
            raise HTTPException(status.HTTP_409_CONFLICT, reason)


async def current_user(token: Annotated[str, Depends(oauth2)], db: Db, cfg: Config) -> User:
    claims = decode_token(token, cfg.jwt_secret.get_secret_value())
    user = None if claims is None else await repo.user_by_id(db, claims.user_id)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(current_user)]


# --- auth -------------------------------------------------------------------


@router.post(
    "/auth/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorOut, "description": "username taken"}},
    tags=["auth"],
    summary="Create an account",
)
async def signup(body: SignUp, db: Db) -> UserOut:
    match await repo.insert_user(db, body.username, await hash_password(body.password)):
        case Conflict() as err:
            raise_for(err)
        case user:
            return UserOut(id=user.id, username=user.username)


@router.post("/auth/token", response_model=Token, responses=UNAUTHORIZED, tags=["auth"], summary="Log in")
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: Db, cfg: Config) -> Token:
    user = await repo.user_by_name(db, form.username)
    if user is None or not await verify_password(user.password_hash, form.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = encode_token(
        user.id, utcnow(), timedelta(minutes=cfg.jwt_ttl_minutes), cfg.jwt_secret.get_secret_value()
    )
    return Token(access_token=token)


# --- posts ------------------------------------------------------------------


async def load_post(db: aiosqlite.Connection, post_id: int) -> Post:
    post = await repo.post_by_id(db, post_id)
    if post is None:
        raise_for(NotFound("post"))
    return post


@router.get("/posts", response_model=PageOut[PostOut], tags=["posts"], summary="List posts, newest first")
async def list_posts(db: Db, limit: Limit = 20, offset: Offset = 0) -> PageOut[PostOut]:
    page = await repo.list_posts(db, limit, offset)
    return PageOut[PostOut].model_validate(page)


@router.post(
    "/posts",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    responses=UNAUTHORIZED,
    tags=["posts"],
    summary="Publish a post",
)
async def create_post(body: PostIn, user: CurrentUser, db: Db) -> PostOut:
    post = await repo.insert_post(db, user.id, body.title, body.content, utcnow())
    return PostOut.model_validate(post)


@router.get("/posts/{post_id}", response_model=PostOut, responses=NOT_FOUND, tags=["posts"], summary="Read a post")
async def get_post(post_id: int, db: Db) -> PostOut:
    return PostOut.model_validate(await load_post(db, post_id))


@router.patch(
    "/posts/{post_id}",
    response_model=PostOut,
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    tags=["posts"],
    summary="Edit your post",
)
async def edit_post(post_id: int, body: PostPatchIn, user: CurrentUser, db: Db) -> PostOut:
    match authorize_edit(await load_post(db, post_id), user.id):
        case Forbidden() as err:
            raise_for(err)
        case post:
            patched = apply_patch(post, PostPatch(title=body.title, content=body.content), utcnow())
            if patched is not post:
                await repo.save_post(db, patched)
            return PostOut.model_validate(patched)


@router.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    tags=["posts"],
    summary="Delete your post",
)
async def delete_post(post_id: int, user: CurrentUser, db: Db) -> None:
    match authorize_edit(await load_post(db, post_id), user.id):
        case Forbidden() as err:
            raise_for(err)
        case post:
            await repo.delete_post(db, post.id)


# --- comments ---------------------------------------------------------------


@router.get(
    "/posts/{post_id}/comments",
    response_model=PageOut[CommentOut],
    responses=NOT_FOUND,
    tags=["comments"],
    summary="List a post's comments, oldest first",
)
async def list_comments(post_id: int, db: Db, limit: Limit = 20, offset: Offset = 0) -> PageOut[CommentOut]:
    await load_post(db, post_id)
    page = await repo.list_comments(db, post_id, limit, offset)
    return PageOut[CommentOut].model_validate(page)


@router.post(
    "/posts/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    tags=["comments"],
    summary="Comment on a post",
)
async def create_comment(post_id: int, body: CommentIn, user: CurrentUser, db: Db) -> CommentOut:
    await load_post(db, post_id)
    comment = await repo.insert_comment(db, post_id, user.id, body.body, utcnow())
    return CommentOut.model_validate(comment)
