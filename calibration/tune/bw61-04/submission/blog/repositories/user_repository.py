from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.models import User


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def find_by_username(self, username: str) -> User | None:
        return await self.session.scalar(select(User).where(User.username == username))

    async def add(self, user: User) -> User:
        self.session.add(user)
        await self.session.commit()
        return user
