from contextlib import asynccontextmanager
from typing import Annotated, Literal

import psycopg
from fastapi import Depends, FastAPI, HTTPException, Path, Query, Response, status
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordRequestForm

from .auth import current_user, new_session
from .db import apply_schema, pool
from .models import CommentIn, CommentOut, PostIn, PostOut, Token, UserCreate, UserOut

# ids are bigint identity columns
BIGINT_MAX = 9_223_372_036_854_775_807
Id = Annotated[int, Path(ge=1, le=BIGINT_MAX)]

# OFFSET has to read and throw away every skipped row, so it is capped.
# Past this, keyset pagination (WHERE (created_at, post_id) < ...) is the right tool.
MAX_OFFSET = 10_000
Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1..100")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Records to skip")]

POST_ORDER = {
    "newest": "p.created_at DESC, p.post_id DESC",
    "oldest": "p.created_at ASC, p.post_id ASC",
}

POST_COLUMNS = """
    p.post_id AS id, p.title, p.content, u.username AS author, p.created_at, p.updated_at
"""


@asynccontextmanager
async def lifespan(app: FastAPI):
    pool.open(wait=True, timeout=30)
    apply_schema()
    yield
    pool.close()


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Posts and comments on PostgreSQL. Reads are public, writes need a bearer token.",
    lifespan=lifespan,
)


@app.exception_handler(psycopg.errors.CheckViolation)
async def check_violation_handler(request, exc):
    # should not happen (pydantic checks the same limits), but if the
    # database refuses a value it is the client's input, not a server error
    return JSONResponse(status_code=422, content={"detail": f"constraint violated: {exc.diag.constraint_name}"})


# ---------------------------------------------------------------------------
# auth
# ---------------------------------------------------------------------------


@app.post("/auth/register", response_model=UserOut, status_code=201, tags=["auth"],
          responses={409: {"description": "Username taken"}})
async def register(user: UserCreate):
    try:
        with pool.connection() as conn:
            row = conn.execute(
                """
                INSERT INTO app_user (username, password_hash)
                VALUES (%(username)s, crypt(%(password)s::text, gen_salt('bf', 10)))
                RETURNING user_id AS id, username
                """,
                {"username": user.username, "password": user.password},
            ).fetchone()
    except psycopg.errors.UniqueViolation:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return row


@app.post("/auth/token", response_model=Token, tags=["auth"],
          responses={401: {"description": "Bad username or password"}})
async def login(form: OAuth2PasswordRequestForm = Depends()):
    with pool.connection() as conn:
        with conn.transaction():
            user = conn.execute(
                """
                SELECT user_id
                  FROM app_user
                 WHERE lower(username) = lower(%(username)s::text)
                   AND password_hash = crypt(%(password)s::text, password_hash)
                """,
                {"username": form.username, "password": form.password},
            ).fetchone()
            if user is None:
                raise HTTPException(
                    status.HTTP_401_UNAUTHORIZED,
                    "Incorrect username or password",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            token = new_session(conn, user["user_id"])
    return {"access_token": token, "token_type": "bearer"}


# ---------------------------------------------------------------------------
# posts
# ---------------------------------------------------------------------------


@app.get("/posts", response_model=list[PostOut], tags=["posts"])
async def list_posts(limit: Limit = 20, offset: Offset = 0,
                     sort: Literal["newest", "oldest"] = "newest"):
    order_by = POST_ORDER[sort]
    with pool.connection() as conn:
        return conn.execute(
            f"""
            SELECT {POST_COLUMNS}
              FROM post p
              JOIN app_user u ON u.user_id = p.author_id
             ORDER BY {order_by}
             LIMIT %(limit)s OFFSET %(offset)s
            """,
            {"limit": limit, "offset": offset},
        ).fetchall()


@app.post("/posts", response_model=PostOut, status_code=201, tags=["posts"],
          responses={401: {"description": "Not logged in"}})
async def create_post(post: PostIn, user=Depends(current_user)):
    with pool.connection() as conn:
        return conn.execute(
            """
            WITH ins AS (
                INSERT INTO post (author_id, title, content)
                VALUES (%(author_id)s, %(title)s, %(content)s)
                RETURNING *
            )
            SELECT ins.post_id AS id, ins.title, ins.content, %(author)s::text AS author,
                   ins.created_at, ins.updated_at
              FROM ins
            """,
            {"author_id": user["user_id"], "author": user["username"],
             "title": post.title, "content": post.content},
        ).fetchone()


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"],
         responses={404: {"description": "No such post"}})
async def get_post(post_id: Id):
    with pool.connection() as conn:
        row = conn.execute(
            f"""
            SELECT {POST_COLUMNS}
              FROM post p
              JOIN app_user u ON u.user_id = p.author_id
             WHERE p.post_id = %(post_id)s
            """,
            {"post_id": post_id},
        ).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


def _missing_or_forbidden(conn, post_id):
    """Called after a write matched no row: tell 404 from 403."""
    exists = conn.execute("SELECT 1 FROM post WHERE post_id = %s", (post_id,)).fetchone()
    if exists is None:
        return HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"],
         responses={401: {"description": "Not logged in"}, 403: {"description": "Not the author"},
                    404: {"description": "No such post"}})
async def update_post(post_id: Id, post: PostIn, user=Depends(current_user)):
    with pool.connection() as conn:
        row = conn.execute(
            """
            UPDATE post
               SET title = %(title)s, content = %(content)s
             WHERE post_id = %(post_id)s AND author_id = %(author_id)s
            RETURNING post_id AS id, title, content, %(author)s::text AS author,
                      created_at, updated_at
            """,
            {"post_id": post_id, "author_id": user["user_id"], "author": user["username"],
             "title": post.title, "content": post.content},
        ).fetchone()
        if row is None:
            raise _missing_or_forbidden(conn, post_id)
    return row


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"],
            responses={401: {"description": "Not logged in"}, 403: {"description": "Not the author"},
                       404: {"description": "No such post"}})
async def delete_post(post_id: Id, user=Depends(current_user)):
    with pool.connection() as conn:
        cur = conn.execute(
            "DELETE FROM post WHERE post_id = %(post_id)s AND author_id = %(author_id)s",
            {"post_id": post_id, "author_id": user["user_id"]},
        )
        if cur.rowcount == 0:
            raise _missing_or_forbidden(conn, post_id)
    return Response(status_code=204)


# ---------------------------------------------------------------------------
# comments
# ---------------------------------------------------------------------------


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"],
         responses={404: {"description": "No such post"}})
async def list_comments(post_id: Id, limit: Limit = 20, offset: Offset = 0):
    with pool.connection() as conn:
        if conn.execute("SELECT 1 FROM post WHERE post_id = %s", (post_id,)).fetchone() is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
        return conn.execute(
            """
            SELECT c.comment_id AS id, c.post_id, u.username AS author, c.body, c.created_at
              FROM comment c
              JOIN app_user u ON u.user_id = c.author_id
             WHERE c.post_id = %(post_id)s
             ORDER BY c.created_at, c.comment_id
             LIMIT %(limit)s OFFSET %(offset)s
            """,
            {"post_id": post_id, "limit": limit, "offset": offset},
        ).fetchall()


@app.post("/posts/{post_id}/comments", response_model=CommentOut, status_code=201,
          tags=["comments"],
          responses={401: {"description": "Not logged in"}, 404: {"description": "No such post"}})
async def add_comment(post_id: Id, comment: CommentIn, user=Depends(current_user)):
    try:
        with pool.connection() as conn:
            return conn.execute(
                """
                INSERT INTO comment (post_id, author_id, body)
                VALUES (%(post_id)s, %(author_id)s, %(body)s)
                RETURNING comment_id AS id, post_id, %(author)s::text AS author, body, created_at
                """,
                {"post_id": post_id, "author_id": user["user_id"], "author": user["username"],
                 "body": comment.body},
            ).fetchone()
    except psycopg.errors.ForeignKeyViolation:
        # the FK on comment.post_id is the existence check
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
