from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blog.models import Comment


class CommentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def paginate_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[list[Comment], int]:
        total = await self.session.scalar(
            select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        )
        comments = await self.session.scalars(
            select(Comment)
            .options(selectinload(Comment.author))
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at, Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return list(comments), total or 0

    async def add(self, comment: Comment) -> Comment:
        self.session.add(comment)
        await self.session.commit()
        return comment
