from __future__ import annotations

from sqlalchemy import Select, delete, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from blog.adapters.sqlalchemy.orm import CommentRow, PostRow, UserRow, utcnow
from blog.domain.errors import Conflict, NotFound
from blog.domain.models import Comment, Page, PageRequest, Post, PostChanges, User


def _user(row: UserRow) -> User:
    return User(
        id=row.id,
        username=row.username,
        password_hash=row.password_hash,
        created_at=row.created_at,
    )


def _post(row: PostRow, author_username: str) -> Post:
    return Post(
        id=row.id,
        author_id=row.author_id,
        author_username=author_username,
        title=row.title,
        content=row.content,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _comment(row: CommentRow, author_username: str) -> Comment:
    return Comment(
        id=row.id,
        post_id=row.post_id,
        author_id=row.author_id,
        author_username=author_username,
        body=row.body,
        created_at=row.created_at,
    )


class SqlAlchemyUserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, username: str, password_hash: str) -> User:
        row = UserRow(username=username, password_hash=password_hash)
        self._session.add(row)
        try:
            await self._session.flush()
        except IntegrityError as exc:
            raise Conflict("username is already taken") from exc
        return _user(row)

    async def get(self, user_id: int) -> User | None:
        row = await self._session.get(UserRow, user_id)
        return _user(row) if row is not None else None

    async def get_by_username(self, username: str) -> User | None:
        row = await self._session.scalar(select(UserRow).where(UserRow.username == username))
        return _user(row) if row is not None else None


class SqlAlchemyPostRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    @staticmethod
    def _with_author() -> Select[tuple[PostRow, str]]:
        return select(PostRow, UserRow.username).join(UserRow, PostRow.author_id == UserRow.id)

    async def add(self, author: User, title: str, content: str) -> Post:
        row = PostRow(author_id=author.id, title=title, content=content)
        self._session.add(row)
        await self._session.flush()
        return _post(row, author.username)

    async def get(self, post_id: int) -> Post | None:
        result = await self._session.execute(self._with_author().where(PostRow.id == post_id))
        found = result.first()
        return _post(found[0], found[1]) if found is not None else None

    async def exists(self, post_id: int) -> bool:
        return bool(await self._session.scalar(select(exists().where(PostRow.id == post_id))))

    async def list(self, page: PageRequest) -> Page[Post]:
        total = await self._session.scalar(select(func.count()).select_from(PostRow)) or 0
        result = await self._session.execute(
            self._with_author()
            .order_by(PostRow.created_at.desc(), PostRow.id.desc())
            .limit(page.limit)
            .offset(page.offset)
        )
        items = [_post(row, username) for row, username in result.all()]
        return Page(items=items, total=total, limit=page.limit, offset=page.offset)

    async def update(self, post_id: int, changes: PostChanges) -> Post:
        row = await self._session.get(PostRow, post_id)
        if row is None:
            raise NotFound("post", post_id)
        if changes.title is not None:
            row.title = changes.title
        if changes.content is not None:
            row.content = changes.content
        row.updated_at = utcnow()
        await self._session.flush()
        username = await self._session.scalar(
            select(UserRow.username).where(UserRow.id == row.author_id)
        )
        return _post(row, username or "")

    async def delete(self, post_id: int) -> None:
        await self._session.execute(delete(PostRow).where(PostRow.id == post_id))


class SqlAlchemyCommentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, post_id: int, author: User, body: str) -> Comment:
        row = CommentRow(post_id=post_id, author_id=author.id, body=body)
        self._session.add(row)
        await self._session.flush()
        return _comment(row, author.username)

    async def list_for_post(self, post_id: int, page: PageRequest) -> Page[Comment]:
        total = (
            await self._session.scalar(
                select(func.count()).select_from(CommentRow).where(CommentRow.post_id == post_id)
            )
            or 0
        )
        result = await self._session.execute(
            select(CommentRow, UserRow.username)
            .join(UserRow, CommentRow.author_id == UserRow.id)
            .where(CommentRow.post_id == post_id)
            .order_by(CommentRow.created_at, CommentRow.id)
            .limit(page.limit)
            .offset(page.offset)
        )
        items = [_comment(row, username) for row, username in result.all()]
        return Page(items=items, total=total, limit=page.limit, offset=page.offset)
