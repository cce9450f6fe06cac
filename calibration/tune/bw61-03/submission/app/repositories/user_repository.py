from typing import Optional

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import User


class UserRepository:
    def __init__(self, db: Session) -> None:
        self.db = db

    def find(self, user_id: int) -> Optional[User]:
        return self.db.get(User, user_id)

    def find_by_username(self, username: str) -> Optional[User]:
        return self.db.scalars(select(User).where(User.username == username)).first()

    def username_exists(self, username: str) -> bool:
        row = self.db.execute(
            text("SELECT 1 FROM users WHERE username = :username LIMIT 1"),
            {"username": username},
        ).first()
        return row is not None

    def create(self, username: str, hashed_password: str) -> User:
        user = User(username=username, hashed_password=hashed_password)
        self.db.add(user)
        self.db.commit()
        self.db.refresh(user)
        return user
