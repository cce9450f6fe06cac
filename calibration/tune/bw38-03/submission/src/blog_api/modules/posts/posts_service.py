from fastapi import Depends
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blog_api.common.exceptions import ForbiddenException, NotFoundException
from blog_api.database.base import utcnow
from blog_api.database.database import get_session
from blog_api.modules.comments.comment_entity import Comment
from blog_api.modules.posts.dto.post_dto import CreatePostDto, UpdatePostDto
from blog_api.modules.posts.post_entity import Post
from blog_api.modules.users.user_entity import User


class PostsService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find_all(self, limit: int, offset: int) -> tuple[list[Post], int]:
        total = await self.session.scalar(select(func.count()).select_from(Post))
        result = await self.session.scalars(
            select(Post)
            .options(joinedload(Post.author))
            .order_by(Post.created_at.desc(), Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(result), total or 0

    async def find_one(self, post_id: int) -> Post:
        post = await self.session.scalar(
            select(Post).options(joinedload(Post.author)).where(Post.id == post_id)
        )
        if post is None:
            raise NotFoundException(f"Post {post_id} not found")
        return post

    async def exists(self, post_id: int) -> bool:
        found = await self.session.scalar(select(Post.id).where(Post.id == post_id))
        return found is not None

    async def create(self, dto: CreatePostDto, author: User) -> Post:
        post = Post(title=dto.title, content=dto.content, author=author)
        self.session.add(post)
        await self.session.commit()
        return post

    async def update(self, post_id: int, dto: UpdatePostDto, user: User) -> Post:
        post = await self.find_one(post_id)
        self._assert_is_author(post, user)
        for field, value in dto.model_dump(exclude_unset=True, exclude_none=True).items():
            setattr(post, field, value)
        post.updated_at = utcnow()
        await self.session.commit()
        return post

    async def remove(self, post_id: int, user: User) -> None:
        post = await self.find_one(post_id)
        self._assert_is_author(post, user)
        await self.session.execute(delete(Comment).where(Comment.post_id == post.id))
        await self.session.delete(post)
        await self.session.commit()

    @staticmethod
    def _assert_is_author(post: Post, user: User) -> None:
        if post.author_id != user.id:
            raise ForbiddenException("Only the author can modify this post")


def get_posts_service(session: AsyncSession = Depends(get_session)) -> PostsService:
    return PostsService(session)
