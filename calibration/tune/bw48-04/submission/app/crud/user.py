"""
CRUD = Create, Read, Update, Delete.

Keeping database code in its own module means our routes stay short
and we can reuse these functions (and test them) on their own.
"""
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.security import hash_password, verify_password
from app.models import User
from app.schemas.user import UserCreate


def get_user(db: Session, user_id: int) -> User | None:
    return db.get(User, user_id)


def get_user_by_username(db: Session, username: str) -> User | None:
    # select(...).where(...) builds a parameterised query: no SQL injection possible.
    return db.scalar(select(User).where(User.username == username))


def create_user(db: Session, user_in: UserCreate) -> User:
    user = User(username=user_in.username, hashed_password=hash_password(user_in.password))
    db.add(user)
    db.commit()
    # refresh() reloads the row so we get the id and created_at from the database.
    db.refresh(user)
    return user


def authenticate(db: Session, username: str, password: str) -> User | None:
    """Return the user if the credentials are right, otherwise None."""
    user = get_user_by_username(db, username)
    if user is None:
        return None
    if not verify_password(password, user.hashed_password):
        return None
    return user
