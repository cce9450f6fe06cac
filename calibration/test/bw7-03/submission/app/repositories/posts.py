from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from app.models import Comment, Post


class PostRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    @staticmethod
    def _with_comment_count() -> Select[tuple[Post, int]]:
        """Posts with their author joined and their comment count aggregated, in one statement."""
        counts = (
            select(Comment.post_id, func.count(Comment.id).label("n"))
            .group_by(Comment.post_id)
            .subquery()
        )
        return (
            select(Post, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.post_id == Post.id)
            .options(joinedload(Post.author))
        )

    async def list_recent(self, *, limit: int, offset: int) -> list[tuple[Post, int]]:
        stmt = self._with_comment_count().order_by(Post.created_at.desc(), Post.id.desc())
        rows = await self._session.execute(stmt.limit(limit).offset(offset))
        return [(post, count) for post, count in rows.all()]

    async def count(self) -> int:
        return await self._session.scalar(select(func.count(Post.id))) or 0

    async def get_with_comment_count(self, post_id: int) -> tuple[Post, int] | None:
        row = (await self._session.execute(self._with_comment_count().where(Post.id == post_id))).first()
        return None if row is None else (row[0], row[1])

    async def get(self, post_id: int) -> Post | None:
        return await self._session.get(Post, post_id, options=[joinedload(Post.author)])

    async def exists(self, post_id: int) -> bool:
        return await self._session.scalar(select(Post.id).where(Post.id == post_id)) is not None

    async def add(self, post: Post) -> Post:
        self._session.add(post)
        await self._session.flush()
        return post

    async def delete(self, post: Post) -> None:
        await self._session.delete(post)
        await self._session.flush()
