"""Blog API: posts and comments, multiple authors."""

import sqlite3
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

import auth
import db
import queries
from schemas import CommentIn, CommentOut, PostIn, PostList, PostOut, SignupIn, TokenOut, UserOut

Conn = Annotated[sqlite3.Connection, Depends(db.get_conn)]
UserId = Annotated[int, Depends(auth.current_user_id)]

MAX_PAGE = 100


@asynccontextmanager
async def lifespan(app: FastAPI):
    db.init()
    yield


app = FastAPI(
    title="Blog API",
    description="Multi-author blog. Reads are public; writes need a bearer token (OAuth2 password flow, JWT).",
    version="1.0",
    lifespan=lifespan,
)


def post_out(conn, row):
    return PostOut(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author=queries.get_username(conn, row["author_id"]),
        comment_count=queries.count_comments(conn, row["id"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def comment_out(conn, row):
    return CommentOut(
        id=row["id"],
        post_id=row["post_id"],
        author=queries.get_username(conn, row["author_id"]),
        content=row["content"],
        created_at=row["created_at"],
    )


def owned_post(conn, post_id, user_id):
    row = queries.get_post(conn, post_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    if row["author_id"] != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You are not the author of this post")
    return row


# --- auth -----------------------------------------------------------------


@app.post("/auth/signup", response_model=UserOut, status_code=201, tags=["auth"], summary="Register")
def signup(body: SignupIn, conn: Conn) -> UserOut:
    try:
        user_id = queries.create_user(conn, body.username, auth.hash_password(body.password))
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserOut(id=user_id, username=body.username)


@app.post("/auth/token", response_model=TokenOut, tags=["auth"], summary="Log in, get a JWT")
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> TokenOut:
    user = queries.get_user_by_name(conn, form.username)
    if user is None or not auth.verify_password(form.password, user["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Bad username or password", {"WWW-Authenticate": "Bearer"}
        )
    return TokenOut(access_token=auth.create_token(user["id"]))


# --- posts ----------------------------------------------------------------


@app.get("/posts", response_model=PostList, tags=["posts"], summary="List posts, newest first")
def list_posts(
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 10,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PostList:
    rows = queries.list_posts(conn, limit, offset)
    items = [post_out(conn, row) for row in rows]
    return PostList(items=items, total=queries.count_posts(conn))


@app.post("/posts", response_model=PostOut, status_code=201, tags=["posts"], summary="Publish a post")
def create_post(body: PostIn, user_id: UserId, conn: Conn) -> PostOut:
    post_id = queries.create_post(conn, user_id, body.title, body.content)
    return post_out(conn, queries.get_post(conn, post_id))


@app.get(
    "/posts/{post_id}",
    response_model=PostOut,
    responses={404: {"description": "Post not found"}},
    tags=["posts"],
    summary="Read a post",
)
def get_post(post_id: int, conn: Conn) -> PostOut:
    row = queries.get_post(conn, post_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post_out(conn, row)


@app.patch(
    "/posts/{post_id}",
    response_model=PostOut,
    responses={403: {"description": "Not the author"}, 404: {"description": "Post not found"}},
    tags=["posts"],
    summary="Edit a post (author only)",
)
def update_post(
    post_id: int, user_id: UserId, conn: Conn, payload: dict[str, Any] = Body(...)
) -> PostOut:
    row = owned_post(conn, post_id, user_id)
    unknown = set(payload) - {"title", "content"}
    if unknown:
        raise HTTPException(422, f"Unknown fields: {', '.join(sorted(unknown))}")
    for key, value in payload.items():
        if not isinstance(value, str) or not value.strip():
            raise HTTPException(422, f"{key} must be a non-empty string")
    if len(payload.get("title", "")) > 200:
        raise HTTPException(422, "title is too long")
    queries.update_post(
        conn, post_id, payload.get("title", row["title"]), payload.get("content", row["content"])
    )
    return post_out(conn, queries.get_post(conn, post_id))


@app.delete(
    "/posts/{post_id}",
    status_code=204,
    responses={403: {"description": "Not the author"}, 404: {"description": "Post not found"}},
    tags=["posts"],
    summary="Delete a post (author only)",
)
def delete_post(post_id: int, user_id: UserId, conn: Conn) -> Response:
    owned_post(conn, post_id, user_id)
    queries.delete_post(conn, post_id)
    return Response(status_code=204)


# --- comments -------------------------------------------------------------


@app.get(
    "/posts/{post_id}/comments",
    response_model=list[CommentOut],
    responses={404: {"description": "Post not found"}},
    tags=["comments"],
    summary="List a post's comments, oldest first",
)
def list_comments(
    post_id: int,
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[CommentOut]:
    if queries.get_post(conn, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return [comment_out(conn, row) for row in queries.list_comments(conn, post_id, limit, offset)]


@app.post(
    "/posts/{post_id}/comments",
    response_model=CommentOut,
    status_code=201,
    responses={404: {"description": "Post not found"}},
    tags=["comments"],
    summary="Comment on a post",
)
def create_comment(post_id: int, body: CommentIn, user_id: UserId, conn: Conn) -> CommentOut:
    if queries.get_post(conn, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    comment_id = queries.create_comment(conn, post_id, user_id, body.content)
    return comment_out(conn, queries.get_comment(conn, comment_id))
