"""factory_boy factories for the ORM models.

The session is bound per test by the ``db_session`` fixture (see conftest.py).
"""

import factory
from factory.alchemy import SQLAlchemyModelFactory
from sqlalchemy.orm import Session

from app.models import Todo, User
from app.security import hash_password

DEFAULT_PASSWORD = "correct-horse-battery"
# argon2 is slow on purpose, so hash once per test run instead of once per user
_DEFAULT_HASH = hash_password(DEFAULT_PASSWORD)


class BaseFactory(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_persistence = "commit"


class UserFactory(BaseFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n:04d}")
    hashed_password = _DEFAULT_HASH


class TodoFactory(BaseFactory):
    class Meta:
        model = Todo

    title = factory.Faker("sentence", nb_words=4)
    description = factory.Faker("paragraph", nb_sentences=2)
    done = False
    owner = factory.SubFactory(UserFactory)


ALL_FACTORIES: tuple[type[BaseFactory], ...] = (UserFactory, TodoFactory)


def bind_session(session: Session) -> None:
    for f in ALL_FACTORIES:
        f._meta.sqlalchemy_session = session
