from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from apps.accounts.models import User
from apps.accounts.security import check_password, make_password


class UsernameTaken(Exception):
    pass


class UserManager:
    """Rough equivalent of ``User.objects``: every user query lives here, not in the views."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get_by_id(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def get_by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def create_user(self, username: str, password: str) -> User:
        user = User(username=username, password_hash=make_password(password))
        self.session.add(user)
        try:
            self.session.commit()
        except IntegrityError as exc:
            # unique constraint on username; checking first would still race
            self.session.rollback()
            raise UsernameTaken(username) from exc
        self.session.refresh(user)
        return user

    def authenticate(self, username: str, password: str) -> User | None:
        user = self.get_by_username(username)
        if user is None or not user.is_active:
            return None
        if not check_password(password, user.password_hash):
            return None
        return user
