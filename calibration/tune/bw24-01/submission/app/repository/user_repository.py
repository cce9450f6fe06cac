from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.entity.user_entity import UserEntity


class UserRepository:
    def __init__(self, db: Session):
        self.db = db

    def find_by_username(self, username: str) -> Optional[UserEntity]:
        return self.db.execute(select(UserEntity).where(UserEntity.username == username)).scalar_one_or_none()

    def exists_by_username(self, username: str) -> bool:
        return self.find_by_username(username) is not None

    def save(self, user: UserEntity) -> UserEntity:
        self.db.add(user)
        self.db.commit()
        self.db.refresh(user)
        return user
