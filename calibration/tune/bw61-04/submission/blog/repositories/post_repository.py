from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blog.models import Post


class PostRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def paginate(self, limit: int, offset: int) -> tuple[list[Post], int]:
        total = await self.session.scalar(select(func.count()).select_from(Post))
        posts = await self.session.scalars(
            select(Post)
            .options(selectinload(Post.author))  # one extra query for all authors, not one per post
            .order_by(Post.created_at.desc(), Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(posts), total or 0

    async def find(self, post_id: int) -> Post | None:
        return await self.session.scalar(
            select(Post).options(selectinload(Post.author)).where(Post.id == post_id)
        )

    async def exists(self, post_id: int) -> bool:
        return await self.session.scalar(select(Post.id).where(Post.id == post_id)) is not None

    async def add(self, post: Post) -> Post:
        self.session.add(post)
        await self.session.commit()
        return post

    async def save(self, post: Post) -> Post:
        await self.session.commit()
        return post

    async def delete(self, post: Post) -> None:
        await self.session.delete(post)  # comments go with it (ON DELETE CASCADE)
        await self.session.commit()
