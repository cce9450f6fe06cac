from fastapi import Depends
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from blog_api.common.exceptions import ConflictException
from blog_api.database.database import get_session
from blog_api.modules.users.user_entity import User


class UsersService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find_by_id(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def find_by_username(self, username: str) -> User | None:
        return await self.session.scalar(select(User).where(User.username == username))

    async def create(self, username: str, password_hash: str) -> User:
        user = User(username=username, password_hash=password_hash)
        self.session.add(user)
        try:
            await self.session.commit()
        except IntegrityError:
            await self.session.rollback()
            raise ConflictException(f"Username '{username}' is already taken")
        return user


def get_users_service(session: AsyncSession = Depends(get_session)) -> UsersService:
    return UsersService(session)
