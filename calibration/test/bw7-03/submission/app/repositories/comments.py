from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from app.models import Comment


class CommentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_for_post(self, post_id: int, *, limit: int, offset: int) -> list[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.post_id == post_id)
            .options(joinedload(Comment.author))
            .order_by(Comment.created_at, Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return list(await self._session.scalars(stmt))

    async def count_for_post(self, post_id: int) -> int:
        stmt = select(func.count(Comment.id)).where(Comment.post_id == post_id)
        return await self._session.scalar(stmt) or 0

    async def add(self, comment: Comment) -> Comment:
        self._session.add(comment)
        await self._session.flush()
        return comment
