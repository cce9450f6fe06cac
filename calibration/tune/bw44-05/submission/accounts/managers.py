from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from accounts.hashers import check_password, make_password
from accounts.models import User
from core.managers import BaseManager


class UsernameTaken(Exception):
    pass


class UserManager(BaseManager[User]):
    model = User

    def get_by_natural_key(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def create_user(self, username: str, password: str) -> User:
        if self.get_by_natural_key(username) is not None:
            raise UsernameTaken(username)
        user = User(username=username, password=make_password(password))
        try:
            return self.save(user)
        except IntegrityError as exc:  # lost a race with a concurrent sign-up
            self.session.rollback()
            raise UsernameTaken(username) from exc

    def authenticate(self, username: str, password: str) -> User | None:
        user = self.get_by_natural_key(username)
        if not check_password(password, user.password if user else None):
            return None
        assert user is not None
        return user if user.is_active else None
