"""Use cases. Each one composes repository calls and business rules and
returns a ``Result``; none of them raises for an expected failure."""

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from . import repository as repo
from . import security
from .domain import (
    Comment,
    DomainError,
    Forbidden,
    Post,
    PostChanges,
    Unauthorized,
    User,
)
from .result import Err, Ok, Result


async def sign_up(conn: AsyncConnection, username: str, password: str) -> Result[User, DomainError]:
    password_hash = await security.hash_password(password)
    return await repo.insert_user(conn, username, password_hash)


async def log_in(
    conn: AsyncConnection,
    username: str,
    password: str,
    secret: str,
    ttl: timedelta,
    now: datetime,
) -> Result[str, DomainError]:
    user = await repo.find_user_by_username(conn, username)
    stored_hash = None if user is None else user.password_hash
    password_ok = await security.verify_password(stored_hash, password)
    if user is None or not password_ok:
        return Err(Unauthorized("incorrect username or password"))
    return Ok(security.issue_token(user.id, secret, now, now + ttl))


async def authenticate(conn: AsyncConnection, token: str, secret: str) -> Result[User, DomainError]:
    match security.read_token(token, secret):
        case Err() as failure:
            return failure
        case Ok(user_id):
            # A valid token for a user that no longer exists is still a 401, not a 404.
            return (await repo.find_user_by_id(conn, user_id)).map_err(
                lambda _: Unauthorized("unknown user")
            )


async def publish(
    conn: AsyncConnection, author: User, title: str, content: str, now: datetime
) -> Post:
    return await repo.insert_post(conn, author, title, content, now)


def _authored_by(post: Post, actor: User) -> Result[Post, DomainError]:
    if post.author_id != actor.id:
        return Err(Forbidden("only the author of a post may change it"))
    return Ok(post)


async def edit(
    conn: AsyncConnection, actor: User, post_id: int, changes: PostChanges, now: datetime
) -> Result[Post, DomainError]:
    match (await repo.get_post(conn, post_id)).and_then(lambda p: _authored_by(p, actor)):
        case Err() as failure:
            return failure
        case Ok(post):
            return Ok(await repo.update_post(conn, post, changes, now))


async def remove(conn: AsyncConnection, actor: User, post_id: int) -> Result[None, DomainError]:
    match (await repo.get_post(conn, post_id)).and_then(lambda p: _authored_by(p, actor)):
        case Err() as failure:
            return failure
        case Ok(post):
            await repo.delete_post(conn, post.id)
            return Ok(None)


async def comment_on(
    conn: AsyncConnection, author: User, post_id: int, body: str, now: datetime
) -> Result[Comment, DomainError]:
    match await repo.get_post(conn, post_id):
        case Err() as failure:
            return failure
        case Ok(post):
            return Ok(await repo.insert_comment(conn, post, author, body, now))


async def comments_of(
    conn: AsyncConnection, post_id: int, limit: int, offset: int
) -> Result[list[Comment], DomainError]:
    match await repo.get_post(conn, post_id):
        case Err() as failure:
            return failure
        case Ok(post):
            return Ok(await repo.list_comments(conn, post.id, limit, offset))
