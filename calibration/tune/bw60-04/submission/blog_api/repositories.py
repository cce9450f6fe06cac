from collections.abc import Sequence
from typing import Generic, TypeVar

from sqlalchemy import func
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from blog_api.models import Comment, Post, User

ModelT = TypeVar("ModelT", bound=SQLModel)


class BaseRepository(Generic[ModelT]):
    def __init__(self, session: AsyncSession, model: type[ModelT]) -> None:
        self.session = session
        self.model = model

    async def get(self, id_: int) -> ModelT | None:
        return await self.session.get(self.model, id_)

    async def add(self, obj: ModelT) -> ModelT:
        self.session.add(obj)
        await self.session.commit()
        await self.session.refresh(obj)
        return obj

    async def delete(self, obj: ModelT) -> None:
        await self.session.delete(obj)
        await self.session.commit()


class UserRepository(BaseRepository[User]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, User)

    async def by_username(self, username: str) -> User | None:
        result = await self.session.exec(select(User).where(col(User.username) == username))
        return result.first()


class PostRepository(BaseRepository[Post]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, Post)

    async def page(self, limit: int, offset: int) -> Sequence[Post]:
        stmt = (
            select(Post)
            .order_by(col(Post.created_at).desc(), col(Post.id).desc())
            .limit(limit)
            .offset(offset)
        )
        return (await self.session.exec(stmt)).all()

    async def count(self) -> int:
        return (await self.session.exec(select(func.count()).select_from(Post))).one()


class CommentRepository(BaseRepository[Comment]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, Comment)

    async def page_for_post(self, post_id: int, limit: int, offset: int) -> Sequence[Comment]:
        stmt = (
            select(Comment)
            .where(col(Comment.post_id) == post_id)
            .order_by(col(Comment.created_at), col(Comment.id))
            .limit(limit)
            .offset(offset)
        )
        return (await self.session.exec(stmt)).all()

    async def count_for_post(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(Comment).where(col(Comment.post_id) == post_id)
        return (await self.session.exec(stmt)).one()
