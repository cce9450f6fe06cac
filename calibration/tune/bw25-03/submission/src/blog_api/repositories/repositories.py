from abc import ABC, abstractmethod
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from blog_api.entities.models import Comment, Post, User


class IUserRepository(ABC):
    @abstractmethod
    async def get_by_user_name(self, user_name: str) -> User | None: ...

    @abstractmethod
    async def get_by_id(self, user_id: int) -> User | None: ...

    @abstractmethod
    async def add(self, user: User) -> User: ...


class IPostRepository(ABC):
    @abstractmethod
    async def get_page(self, limit: int, offset: int) -> tuple[Sequence[Post], int]: ...

    @abstractmethod
    async def get_by_id(self, post_id: int) -> Post | None: ...

    @abstractmethod
    async def add(self, post: Post) -> Post: ...

    @abstractmethod
    async def save(self, post: Post) -> Post: ...

    @abstractmethod
    async def delete(self, post: Post) -> None: ...


class ICommentRepository(ABC):
    @abstractmethod
    async def get_page_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[Sequence[Comment], int]: ...

    @abstractmethod
    async def add(self, comment: Comment) -> Comment: ...


class UserRepository(IUserRepository):
    def __init__(self, db: AsyncSession) -> None:
        self._db = db

    async def get_by_user_name(self, user_name: str) -> User | None:
        return await self._db.scalar(select(User).where(User.user_name == user_name))

    async def get_by_id(self, user_id: int) -> User | None:
        return await self._db.get(User, user_id)

    async def add(self, user: User) -> User:
        self._db.add(user)
        await self._db.commit()
        await self._db.refresh(user)
        return user


class PostRepository(IPostRepository):
    def __init__(self, db: AsyncSession) -> None:
        self._db = db

    async def get_page(self, limit: int, offset: int) -> tuple[Sequence[Post], int]:
        total = await self._db.scalar(select(func.count(Post.id))) or 0
        result = await self._db.scalars(
            select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)
        )
        return result.all(), total

    async def get_by_id(self, post_id: int) -> Post | None:
        return await self._db.get(Post, post_id)

    async def add(self, post: Post) -> Post:
        self._db.add(post)
        await self._db.commit()
        await self._db.refresh(post, ["author", "created_at", "updated_at"])
        return post

    async def save(self, post: Post) -> Post:
        await self._db.commit()
        await self._db.refresh(post, ["author", "updated_at"])
        return post

    async def delete(self, post: Post) -> None:
        await self._db.delete(post)
        await self._db.commit()


class CommentRepository(ICommentRepository):
    def __init__(self, db: AsyncSession) -> None:
        self._db = db

    async def get_page_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[Sequence[Comment], int]:
        total = await self._db.scalar(
            select(func.count(Comment.id)).where(Comment.post_id == post_id)
        ) or 0
        result = await self._db.scalars(
            select(Comment)
            .where(Comment.post_id == post_id)
            .order_by(Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return result.all(), total

    async def add(self, comment: Comment) -> Comment:
        self._db.add(comment)
        await self._db.commit()
        await self._db.refresh(comment, ["author", "created_at"])
        return comment
