from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.platform.errors import Conflict
from app.services.identity.domain import Principal, User
from app.services.identity.models import UserRecord


def _to_domain(record: UserRecord) -> User:
    return User(id=record.id, username=record.username, password_hash=record.password_hash)


class SqlUserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: int) -> User | None:
        record = await self._session.get(UserRecord, user_id)
        return _to_domain(record) if record else None

    async def get_by_username(self, username: str) -> User | None:
        stmt = select(UserRecord).where(UserRecord.username == username)
        record = await self._session.scalar(stmt)
        return _to_domain(record) if record else None

    async def get_profile(self, user_id: int) -> Principal | None:
        """Projection without the password hash, for other services to consume."""
        stmt = select(UserRecord.id, UserRecord.username).where(UserRecord.id == user_id)
        row = (await self._session.execute(stmt)).one_or_none()
        return Principal(user_id=row.id, username=row.username) if row else None

    async def add(self, username: str, password_hash: str) -> User:
        record = UserRecord(username=username, password_hash=password_hash)
        self._session.add(record)
        try:
            await self._session.commit()
        except IntegrityError:
            await self._session.rollback()
            raise Conflict(f"username {username!r} is taken") from None
        return _to_domain(record)
