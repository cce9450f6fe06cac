"""Data access for UserEntity."""
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.entities import UserEntity


class UserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_id(self, user_id: int) -> UserEntity | None:
        return self._session.get(UserEntity, user_id)

    def find_by_username(self, username: str) -> UserEntity | None:
        statement = select(UserEntity).where(UserEntity.username == username)
        return self._session.scalars(statement).first()

    def exists_by_username(self, username: str) -> bool:
        return self.find_by_username(username) is not None

    def save(self, user: UserEntity) -> UserEntity:
        self._session.add(user)
        self._session.commit()
        self._session.refresh(user)
        return user
