"""The effectful shell: every SQL statement lives here."""

import os

from psycopg import AsyncConnection
from psycopg.rows import class_row
from psycopg_pool import AsyncConnectionPool

from blog.core import Comment, Page, Post, PostId, User, UserId

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/blog")

pool = AsyncConnectionPool(DATABASE_URL, open=False, max_size=10)

DDL = """
CREATE TABLE IF NOT EXISTS users (
    id bigserial PRIMARY KEY,
    username text UNIQUE NOT NULL,
    password_hash text NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES users(id),
    title text NOT NULL,
    content text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES users(id),
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
"""


async def migrate() -> None:
    async with pool.connection() as conn:
        await conn.execute(DDL)


# -- users -------------------------------------------------------------------


async def create_user(conn: AsyncConnection, username: str, password_hash: str) -> User | None:
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            "INSERT INTO users (username, password_hash) VALUES (%s, %s) "
            "ON CONFLICT (username) DO NOTHING RETURNING id, username, password_hash",
            (username, password_hash),
        )
        return await cur.fetchone()


async def user_by_name(conn: AsyncConnection, username: str) -> User | None:
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            "SELECT id, username, password_hash FROM users WHERE username = %s", (username,)
        )
        return await cur.fetchone()


async def user_by_id(conn: AsyncConnection, user_id: UserId) -> User | None:
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            "SELECT id, username, password_hash FROM users WHERE id = %s", (user_id,)
        )
        return await cur.fetchone()


# -- posts -------------------------------------------------------------------

_POST = "id, author_id, title, content, created_at, updated_at"


async def list_posts(conn: AsyncConnection, page: Page) -> list[Post]:
    async with conn.cursor(row_factory=class_row(Post)) as cur:
        await cur.execute(
            f"SELECT {_POST} FROM posts ORDER BY created_at DESC LIMIT %s OFFSET %s",
            (page.limit, page.offset),
        )
        return await cur.fetchall()


async def get_post(conn: AsyncConnection, post_id: PostId) -> Post | None:
    async with conn.cursor(row_factory=class_row(Post)) as cur:
        await cur.execute(f"SELECT {_POST} FROM posts WHERE id = %s", (post_id,))
        return await cur.fetchone()


async def insert_post(conn: AsyncConnection, author: UserId, title: str, content: str) -> Post:
    async with conn.cursor(row_factory=class_row(Post)) as cur:
        await cur.execute(
            f"INSERT INTO posts (author_id, title, content) VALUES (%s, %s, %s) RETURNING {_POST}",
            (author, title, content),
        )
        post = await cur.fetchone()
    assert post is not None
    return post


async def replace_post(conn: AsyncConnection, post_id: PostId, title: str, content: str) -> Post:
    async with conn.cursor(row_factory=class_row(Post)) as cur:
        await cur.execute(
            f"UPDATE posts SET title = %s, content = %s, updated_at = now() "
            f"WHERE id = %s RETURNING {_POST}",
            (title, content, post_id),
        )
        post = await cur.fetchone()
    assert post is not None
    return post


async def delete_post(conn: AsyncConnection, post_id: PostId) -> None:
    await conn.execute("DELETE FROM posts WHERE id = %s", (post_id,))


async def count_comments(conn: AsyncConnection, post_id: PostId) -> int:
    cur = await conn.execute("SELECT count(*) FROM comments WHERE post_id = %s", (post_id,))
    row = await cur.fetchone()
    return row[0] if row else 0


# -- comments ----------------------------------------------------------------

_COMMENT = "id, post_id, author_id, body, created_at"


async def list_comments(conn: AsyncConnection, post_id: PostId, page: Page) -> list[Comment]:
    async with conn.cursor(row_factory=class_row(Comment)) as cur:
        await cur.execute(
            f"SELECT {_COMMENT} FROM comments WHERE post_id = %s "
            "ORDER BY created_at LIMIT %s OFFSET %s",
            (post_id, page.limit, page.offset),
        )
        return await cur.fetchall()


async def insert_comment(
    conn: AsyncConnection, post_id: PostId, author: UserId, body: str
) -> Comment:
    async with conn.cursor(row_factory=class_row(Comment)) as cur:
        await cur.execute(
            f"INSERT INTO comments (post_id, author_id, body) VALUES (%s, %s, %s) "
            f"RETURNING {_COMMENT}",
            (post_id, author, body),
        )
        comment = await cur.fetchone()
    assert comment is not None
    return comment
