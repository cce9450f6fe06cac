from sqlalchemy import select
from sqlalchemy.orm import Session

from src.Entity.User import User


class UserRepository:
    def __init__(self, em: Session) -> None:
        self.em = em

    def find(self, id: int) -> User | None:
        return self.em.get(User, id)

    def findOneByUsername(self, username: str) -> User | None:
        return self.em.scalars(select(User).where(User.username == username)).first()

    def save(self, user: User, flush: bool = True) -> None:
        self.em.add(user)
        if flush:
            self.em.commit()
            self.em.refresh(user)
