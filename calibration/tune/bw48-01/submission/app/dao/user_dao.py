from typing import Optional

from sqlalchemy.orm import Session

from app.model.user import User


def get_by_username(db: Session, username: str) -> Optional[User]:
    return db.query(User).filter(User.username == username).first()


def create(db: Session, username: str, password_hash: str) -> User:
    u = User(username=username, password_hash=password_hash)
    db.add(u)
    db.commit()
    db.refresh(u)
    return u
