from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from blog.accounts.models import User
from blog.core.security import hash_password, verify_password


class UsernameTaken(Exception):
    pass


class UserManager:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def get_by_username(self, username: str) -> User | None:
        return await self.session.scalar(select(User).where(User.username == username))

    async def create_user(self, username: str, password: str) -> User:
        user = User(username=username, password_hash=await hash_password(password))
        self.session.add(user)
        try:
            await self.session.commit()
        except IntegrityError as exc:
            await self.session.rollback()
            raise UsernameTaken(username) from exc
        return user

    async def authenticate(self, username: str, password: str) -> User | None:
        user = await self.get_by_username(username)
        ok = await verify_password(password, user.password_hash if user else None)
        return user if ok else None
