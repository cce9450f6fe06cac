from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blog.accounts.models import User
from blog.posts.models import Comment, Post
from blog.posts.schemas import CommentCreate, PostCreate, PostUpdate


def _posts_with_comment_count() -> Select[tuple[Post, int]]:
    """One query for a page of posts: author joined, comment count as a correlated subquery."""
    comment_count = (
        select(func.count(Comment.id))
        .where(Comment.post_id == Post.id)
        .correlate(Post)
        .scalar_subquery()
    )
    return select(Post, comment_count).options(joinedload(Post.author))


class PostManager:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count(self) -> int:
        return await self.session.scalar(select(func.count()).select_from(Post)) or 0

    async def page(self, *, limit: int, offset: int) -> list[tuple[Post, int]]:
        stmt = (
            _posts_with_comment_count()
            .order_by(Post.created_at.desc(), Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        result = await self.session.execute(stmt)
        return [(post, count) for post, count in result.tuples()]

    async def get_with_count(self, post_id: int) -> tuple[Post, int] | None:
        stmt = (
            _posts_with_comment_count()
            .where(Post.id == post_id)
            .execution_options(populate_existing=True)
        )
        row = (await self.session.execute(stmt)).tuples().first()
        return None if row is None else (row[0], row[1])

    async def get(self, post_id: int) -> Post | None:
        return await self.session.get(Post, post_id)

    async def create(self, author: User, data: PostCreate) -> Post:
        post = Post(author=author, title=data.title, content=data.content)
        self.session.add(post)
        await self.session.commit()
        return post

    async def update(self, post: Post, data: PostUpdate) -> None:
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(post, field, value)
        await self.session.commit()

    async def delete(self, post: Post) -> None:
        await self.session.delete(post)
        await self.session.commit()


class CommentManager:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count_for(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        return await self.session.scalar(stmt) or 0

    async def page_for(self, post_id: int, *, limit: int, offset: int) -> Sequence[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.post_id == post_id)
            .options(joinedload(Comment.author))
            .order_by(Comment.created_at, Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return (await self.session.scalars(stmt)).all()

    async def create(self, post_id: int, author: User, data: CommentCreate) -> Comment:
        comment = Comment(post_id=post_id, author=author, body=data.body)
        self.session.add(comment)
        await self.session.commit()
        return comment
