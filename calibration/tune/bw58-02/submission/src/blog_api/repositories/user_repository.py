from sqlalchemy import select
from sqlalchemy.orm import Session

from blog_api.entities import UserEntity


class UserRepository:
    @staticmethod
    def find_by_id(session: Session, user_id: int) -> UserEntity | None:
        return session.get(UserEntity, user_id)

    @staticmethod
    def find_by_username(session: Session, username: str) -> UserEntity | None:
        return session.scalars(select(UserEntity).where(UserEntity.username == username)).first()

    @staticmethod
    def save(session: Session, user: UserEntity) -> UserEntity:
        session.add(user)
        session.commit()
        session.refresh(user)
        return user
