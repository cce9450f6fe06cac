"""HTTP edge: parse requests, call the use cases, turn ``Err`` into HTTP errors.

This is the only module that raises ``HTTPException``.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any, NoReturn, TypeVar, assert_never

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from . import repository as repo
from . import service
from .config import Settings
from .domain import Conflict, DomainError, Forbidden, NotFound, PostChanges, Unauthorized, User
from .result import Err, Ok, Result
from .schemas import (
    CommentIn,
    CommentOut,
    ErrorOut,
    PostIn,
    PostOut,
    PostPatchIn,
    SignUpIn,
    TokenOut,
    UserOut,
)

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 1_000_000
MAX_ID = 2**31 - 1  # fits INTEGER on SQLite and Postgres alike

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


# --- error translation --------------------------------------------------------


def to_http(error: DomainError) -> HTTPException:
    match error:
        case NotFound(entity, missing_id):
            return HTTPException(status.HTTP_404_NOT_FOUND, f"{entity} {missing_id} not found")
        case Forbidden(reason):
            return HTTPException(status.HTTP_403_FORBIDDEN, reason)
        case Conflict(reason):
            return HTTPException(status.HTTP_409_CONFLICT, reason)
        case Unauthorized(reason):
            return HTTPException(
                status.HTTP_401_UNAUTHORIZED, reason, headers={"WWW-Authenticate": "Bearer"}
            )
        case _:
            assert_never(error)


def _raise(error: DomainError) -> NoReturn:
    raise to_http(error)


def unwrap(result: Result[T, DomainError]) -> T:
    match result:
        case Ok(value):
            return value
        case Err(error):
            _raise(error)


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorOut} for code in codes}


# --- dependencies -------------------------------------------------------------


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_connection(request: Request) -> AsyncIterator[AsyncConnection]:
    """One transaction per request: committed on success, rolled back on error."""
    engine: AsyncEngine = request.app.state.engine
    async with engine.begin() as conn:
        yield conn


Conn = Annotated[AsyncConnection, Depends(get_connection)]
Config = Annotated[Settings, Depends(get_settings)]


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)], conn: Conn, settings: Config
) -> User:
    return unwrap(await service.authenticate(conn, token, settings.jwt_secret))


CurrentUser = Annotated[User, Depends(current_user)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Number of records to skip")]
PostId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _now() -> datetime:
    return datetime.now(UTC)


# --- auth -------------------------------------------------------------------------

auth = APIRouter(prefix="/auth", tags=["auth"])


@auth.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses=_errors(409),
    summary="Create an account",
)
async def sign_up(body: SignUpIn, conn: Conn) -> UserOut:
    return UserOut.of(unwrap(await service.sign_up(conn, body.username, body.password)))


@auth.post(
    "/token",
    response_model=TokenOut,
    responses=_errors(401),
    summary="Log in (OAuth2 password flow) and receive a bearer token",
)
async def log_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn, settings: Config
) -> TokenOut:
    token = unwrap(
        await service.log_in(
            conn, form.username, form.password, settings.jwt_secret, settings.token_ttl, _now()
        )
    )
    return TokenOut(access_token=token)


# --- posts ------------------------------------------------------------------------

posts = APIRouter(prefix="/posts", tags=["posts"])


@posts.get("", response_model=list[PostOut], summary="List posts, newest first")
async def list_posts(
    conn: Conn, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> list[PostOut]:
    return [PostOut.of(p) for p in await repo.list_posts(conn, limit, offset)]


@posts.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    responses=_errors(401),
    summary="Publish a post",
)
async def create_post(body: PostIn, user: CurrentUser, conn: Conn) -> PostOut:
    return PostOut.of(await service.publish(conn, user, body.title, body.content, _now()))


@posts.get("/{post_id}", response_model=PostOut, responses=_errors(404), summary="Read a post")
async def read_post(post_id: PostId, conn: Conn) -> PostOut:
    return PostOut.of(unwrap(await repo.get_post(conn, post_id)))


@posts.patch(
    "/{post_id}",
    response_model=PostOut,
    responses=_errors(401, 403, 404),
    summary="Edit your own post",
)
async def edit_post(post_id: PostId, body: PostPatchIn, user: CurrentUser, conn: Conn) -> PostOut:
    changes = PostChanges(title=body.title, content=body.content)
    return PostOut.of(unwrap(await service.edit(conn, user, post_id, changes, _now())))


@posts.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_errors(401, 403, 404),
    summary="Delete your own post (and its comments)",
)
async def delete_post(post_id: PostId, user: CurrentUser, conn: Conn) -> Response:
    unwrap(await service.remove(conn, user, post_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@posts.get(
    "/{post_id}/comments",
    response_model=list[CommentOut],
    responses=_errors(404),
    summary="List a post's comments, oldest first",
)
async def list_comments(
    post_id: PostId, conn: Conn, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> list[CommentOut]:
    found = unwrap(await service.comments_of(conn, post_id, limit, offset))
    return [CommentOut.of(c) for c in found]


@posts.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    responses=_errors(401, 404),
    summary="Comment on a post",
)
async def create_comment(
    post_id: PostId, body: CommentIn, user: CurrentUser, conn: Conn
) -> CommentOut:
    return CommentOut.of(unwrap(await service.comment_on(conn, user, post_id, body.body, _now())))
