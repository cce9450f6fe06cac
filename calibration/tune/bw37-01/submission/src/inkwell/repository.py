"""Persistence. Every function takes the connection it runs on; nothing is global.

Reads that may find nothing return ``Result[..., NotFound]``; callers never see
``None`` from here.
"""

from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from .domain import Comment, Conflict, NotFound, Post, PostChanges, User
from .result import Err, Ok, Result, from_optional
from .tables import comments, posts, users

_POST_COLUMNS = (
    posts.c.id,
    posts.c.author_id,
    users.c.username.label("author_username"),
    posts.c.title,
    posts.c.content,
    posts.c.created_at,
    posts.c.updated_at,
)

_COMMENT_COLUMNS = (
    comments.c.id,
    comments.c.post_id,
    comments.c.author_id,
    users.c.username.label("author_username"),
    comments.c.body,
    comments.c.created_at,
)


def _to_user(row: RowMapping) -> User:
    return User(id=row["id"], username=row["username"], password_hash=row["password_hash"])


def _to_post(row: RowMapping) -> Post:
    return Post(
        id=row["id"],
        author_id=row["author_id"],
        author_username=row["author_username"],
        title=row["title"],
        content=row["content"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _to_comment(row: RowMapping) -> Comment:
    return Comment(
        id=row["id"],
        post_id=row["post_id"],
        author_id=row["author_id"],
        author_username=row["author_username"],
        body=row["body"],
        created_at=row["created_at"],
    )


# --- users ------------------------------------------------------------------


async def find_user_by_username(conn: AsyncConnection, username: str) -> User | None:
    row = (await conn.execute(select(users).where(users.c.username == username))).mappings().first()
    return None if row is None else _to_user(row)


async def find_user_by_id(conn: AsyncConnection, user_id: int) -> Result[User, NotFound]:
    row = (await conn.execute(select(users).where(users.c.id == user_id))).mappings().first()
    return from_optional(None if row is None else _to_user(row), NotFound("user", user_id))


async def insert_user(
    conn: AsyncConnection, username: str, password_hash: str
) -> Result[User, Conflict]:
    if await find_user_by_username(conn, username) is not None:
        return Err(Conflict(f"username '{username}' is already taken"))
    try:
        result = await conn.execute(
            insert(users).values(username=username, password_hash=password_hash)
        )
    except IntegrityError:
        # Lost a race with a concurrent sign-up for the same name.
        return Err(Conflict(f"username '{username}' is already taken"))
    (user_id,) = result.inserted_primary_key or (None,)
    return Ok(User(id=int(user_id), username=username, password_hash=password_hash))


# --- posts ------------------------------------------------------------------


async def list_posts(conn: AsyncConnection, limit: int, offset: int) -> list[Post]:
    query = (
        select(*_POST_COLUMNS)
        .join(users, users.c.id == posts.c.author_id)
        .order_by(posts.c.created_at.desc(), posts.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [_to_post(row) for row in (await conn.execute(query)).mappings()]


async def get_post(conn: AsyncConnection, post_id: int) -> Result[Post, NotFound]:
    query = (
        select(*_POST_COLUMNS)
        .join(users, users.c.id == posts.c.author_id)
        .where(posts.c.id == post_id)
    )
    row = (await conn.execute(query)).mappings().first()
    return from_optional(None if row is None else _to_post(row), NotFound("post", post_id))


async def insert_post(
    conn: AsyncConnection, author: User, title: str, content: str, now: datetime
) -> Post:
    result = await conn.execute(
        insert(posts).values(
            author_id=author.id, title=title, content=content, created_at=now, updated_at=now
        )
    )
    (post_id,) = result.inserted_primary_key or (None,)
    return Post(
        id=int(post_id),
        author_id=author.id,
        author_username=author.username,
        title=title,
        content=content,
        created_at=now,
        updated_at=now,
    )


async def update_post(
    conn: AsyncConnection, post: Post, changes: PostChanges, now: datetime
) -> Post:
    title = post.title if changes.title is None else changes.title
    content = post.content if changes.content is None else changes.content
    await conn.execute(
        update(posts)
        .where(posts.c.id == post.id)
        .values(title=title, content=content, updated_at=now)
    )
    return Post(
        id=post.id,
        author_id=post.author_id,
        author_username=post.author_username,
        title=title,
        content=content,
        created_at=post.created_at,
        updated_at=now,
    )


async def delete_post(conn: AsyncConnection, post_id: int) -> None:
    # Explicit rather than ON DELETE CASCADE: SQLite ignores foreign keys by default.
    await conn.execute(delete(comments).where(comments.c.post_id == post_id))
    await conn.execute(delete(posts).where(posts.c.id == post_id))


# --- comments ---------------------------------------------------------------


async def list_comments(
    conn: AsyncConnection, post_id: int, limit: int, offset: int
) -> list[Comment]:
    query = (
        select(*_COMMENT_COLUMNS)
        .join(users, users.c.id == comments.c.author_id)
        .where(comments.c.post_id == post_id)
        .order_by(comments.c.created_at, comments.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [_to_comment(row) for row in (await conn.execute(query)).mappings()]


async def insert_comment(
    conn: AsyncConnection, post: Post, author: User, body: str, now: datetime
) -> Comment:
    result = await conn.execute(
        insert(comments).values(post_id=post.id, author_id=author.id, body=body, created_at=now)
    )
    (comment_id,) = result.inserted_primary_key or (None,)
    return Comment(
        id=int(comment_id),
        post_id=post.id,
        author_id=author.id,
        author_username=author.username,
        body=body,
        created_at=now,
    )
