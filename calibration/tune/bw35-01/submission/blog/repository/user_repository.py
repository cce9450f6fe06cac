from sqlalchemy import select
from sqlalchemy.orm import Session

from blog.entity import User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def exists_by_username(self, username: str) -> bool:
        return self.find_by_username(username) is not None

    def save(self, user: User) -> User:
        self.session.add(user)
        self.session.commit()
        self.session.refresh(user)
        return user
