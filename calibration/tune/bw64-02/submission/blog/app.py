from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from psycopg import AsyncConnection
from pydantic import BaseModel, Field

from blog import db
from blog.auth import check_password, hash_password, make_token, new_salt, parse_token
from blog.core import (
    Comment,
    Err,
    Failure,
    Ok,
    Page,
    Post,
    PostId,
    UserId,
    excerpt,
    make_page,
    may_edit,
)

# -- wire models ---------------------------------------------------------------


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=40, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=200)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostSummary(BaseModel):
    id: int
    title: str
    excerpt: str
    author: str
    comment_count: int
    created_at: datetime


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    comment_count: int
    created_at: datetime
    updated_at: datetime


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    body: str
    created_at: datetime


# -- wiring --------------------------------------------------------------------


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await db.pool.open()
    await db.migrate()
    yield
    await db.pool.close()


app = FastAPI(title="Blog API", version="0.1.0", lifespan=lifespan)
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


async def connection() -> AsyncIterator[AsyncConnection]:
    async with db.pool.connection() as conn:
        yield conn


Conn = Annotated[AsyncConnection, Depends(connection)]


async def current_user(token: Annotated[str, Depends(oauth2)]) -> UserId:
    match parse_token(token):
        case None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "invalid or expired token",
                headers={"WWW-Authenticate": "Bearer"},
            )
        case uid:
            return uid


Me = Annotated[UserId, Depends(current_user)]


def page(
    limit: Annotated[int | None, Query()] = None,
    offset: Annotated[int | None, Query()] = None,
) -> Page:
    match make_page(limit, offset):
        case Ok(p):
            return p
        case Err(msg):
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, msg)


PageDep = Annotated[Page, Depends(page)]


def fail(failure: Failure) -> HTTPException:
    match failure:
        case Failure.NOT_FOUND:
            return HTTPException(status.HTTP_404_NOT_FOUND, "not found")
        case Failure.FORBIDDEN:
            return HTTPException(status.HTTP_403_FORBIDDEN, "only the author may do that")


async def author_name(conn: AsyncConnection, user_id: UserId) -> str:
    user = await db.user_by_id(conn, user_id)
    return user.username if user else "[deleted]"


async def render_post(conn: AsyncConnection, post: Post) -> PostOut:
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=await author_name(conn, post.author_id),
        comment_count=await db.count_comments(conn, post.id),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


async def render_comment(conn: AsyncConnection, comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        author=await author_name(conn, comment.author_id),
        body=comment.body,
        created_at=comment.created_at,
    )


async def load_post(conn: AsyncConnection, post_id: int) -> Post:
    match await db.get_post(conn, PostId(post_id)):
        case None:
            raise fail(Failure.NOT_FOUND)
        case post:
            return post


# -- auth ----------------------------------------------------------------------


@app.post("/auth/signup", status_code=201, response_model=UserOut, tags=["auth"])
async def signup(body: Credentials, conn: Conn) -> UserOut:
    stored = hash_password(body.password, new_salt())
    match await db.create_user(conn, body.username, stored):
        case None:
            raise HTTPException(status.HTTP_409_CONFLICT, "username taken")
        case user:
            return UserOut(id=user.id, username=user.username)


@app.post("/auth/token", response_model=TokenOut, tags=["auth"])
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> TokenOut:
    user = await db.user_by_name(conn, form.username)
    if user is None or not check_password(form.password, user.password_hash):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "bad username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=make_token(user.id))


# -- posts ---------------------------------------------------------------------


@app.get("/posts", response_model=list[PostSummary], tags=["posts"])
async def list_posts(conn: Conn, pg: PageDep) -> list[PostSummary]:
    posts = await db.list_posts(conn, pg)
    summaries: list[PostSummary] = []
    for post in posts:
        summaries.append(
            PostSummary(
                id=post.id,
                title=post.title,
                excerpt=excerpt(post.content),
                author=await author_name(conn, post.author_id),
                comment_count=await db.count_comments(conn, post.id),
                created_at=post.created_at,
            )
        )
    return summaries


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def read_post(post_id: int, conn: Conn) -> PostOut:
    return await render_post(conn, await load_post(conn, post_id))


@app.post("/posts", status_code=201, response_model=PostOut, tags=["posts"])
async def create_post(body: PostIn, me: Me, conn: Conn) -> PostOut:
    post = await db.insert_post(conn, me, body.title, body.content)
    return await render_post(conn, post)


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def update_post(post_id: int, body: PostIn, me: Me, conn: Conn) -> PostOut:
    match may_edit(me, await load_post(conn, post_id)):
        case Err(failure):
            raise fail(failure)
        case Ok(post):
            updated = await db.replace_post(conn, post.id, body.title, body.content)
            return await render_post(conn, updated)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
async def delete_post(post_id: int, me: Me, conn: Conn) -> None:
    match may_edit(me, await load_post(conn, post_id)):
        case Err(failure):
            raise fail(failure)
        case Ok(post):
            await db.delete_post(conn, post.id)


# -- comments ------------------------------------------------------------------


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"])
async def list_comments(post_id: int, conn: Conn, pg: PageDep) -> list[CommentOut]:
    post = await load_post(conn, post_id)
    comments = await db.list_comments(conn, post.id, pg)
    return [await render_comment(conn, c) for c in comments]


@app.post(
    "/posts/{post_id}/comments", status_code=201, response_model=CommentOut, tags=["comments"]
)
async def add_comment(post_id: int, body: CommentIn, me: Me, conn: Conn) -> CommentOut:
    post = await load_post(conn, post_id)
    comment = await db.insert_comment(conn, post.id, me, body.body)
    return await render_comment(conn, comment)
