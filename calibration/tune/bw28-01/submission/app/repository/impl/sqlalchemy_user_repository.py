from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.domain.entities import UserEntity
from app.repository.interfaces import IUserRepository


class SqlAlchemyUserRepository(IUserRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_id(self, user_id: int) -> UserEntity | None:
        return self._session.get(UserEntity, user_id)

    def find_by_username(self, username: str) -> UserEntity | None:
        stmt = select(UserEntity).where(UserEntity.username == username)
        return self._session.scalars(stmt).first()

    def exists_by_username(self, username: str) -> bool:
        stmt = select(exists().where(UserEntity.username == username))
        return bool(self._session.scalar(stmt))

    def save(self, user: UserEntity) -> UserEntity:
        self._session.add(user)
        self._session.flush()
        return user
