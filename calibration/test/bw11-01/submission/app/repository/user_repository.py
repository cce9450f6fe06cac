from sqlalchemy import select
from sqlalchemy.orm import Session

from app.entity.user_entity import UserEntity


class UserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_username(self, username: str) -> UserEntity | None:
        stmt = select(UserEntity).where(UserEntity.username == username)
        return self._session.scalars(stmt).first()

    def exists_by_username(self, username: str) -> bool:
        return self.find_by_username(username) is not None

    def save(self, user: UserEntity) -> UserEntity:
        self._session.add(user)
        self._session.flush()
        return user
