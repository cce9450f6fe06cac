from fastapi import Depends
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blog_api.common.exceptions import NotFoundException
from blog_api.database.database import get_session
from blog_api.modules.comments.comment_entity import Comment
from blog_api.modules.comments.dto.comment_dto import CreateCommentDto
from blog_api.modules.posts.posts_service import PostsService, get_posts_service
from blog_api.modules.users.user_entity import User


class CommentsService:
    def __init__(self, session: AsyncSession, posts_service: PostsService) -> None:
        self.session = session
        self.posts_service = posts_service

    async def _ensure_post_exists(self, post_id: int) -> None:
        if not await self.posts_service.exists(post_id):
            raise NotFoundException(f"Post {post_id} not found")

    async def find_by_post(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[list[Comment], int]:
        await self._ensure_post_exists(post_id)
        total = await self.session.scalar(
            select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        )
        result = await self.session.scalars(
            select(Comment)
            .options(joinedload(Comment.author))
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at.asc(), Comment.id.asc())
            .limit(limit)
            .offset(offset)
        )
        return list(result), total or 0

    async def create(self, post_id: int, dto: CreateCommentDto, author: User) -> Comment:
        await self._ensure_post_exists(post_id)
        comment = Comment(post_id=post_id, content=dto.content, author=author)
        self.session.add(comment)
        await self.session.commit()
        return comment


def get_comments_service(
    session: AsyncSession = Depends(get_session),
    posts_service: PostsService = Depends(get_posts_service),
) -> CommentsService:
    return CommentsService(session, posts_service)
