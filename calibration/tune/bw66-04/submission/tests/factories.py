import factory
from factory.alchemy import SQLAlchemyModelFactory
from sqlalchemy.orm import Session

from blog_api.models import Comment, Post, User
from blog_api.security import hash_password

PASSWORD = "correct horse battery staple"
_PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow by design; hash once


class _Base(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_persistence = "commit"


class UserFactory(_Base):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"writer{n}")
    password_hash = _PASSWORD_HASH


class PostFactory(_Base):
    class Meta:
        model = Post

    title = factory.Faker("sentence", nb_words=5)
    content = factory.Faker("text", max_nb_chars=400)
    author = factory.SubFactory(UserFactory)


class CommentFactory(_Base):
    class Meta:
        model = Comment

    body = factory.Faker("sentence")
    post = factory.SubFactory(PostFactory)
    author = factory.SubFactory(UserFactory)


def bind(session: Session) -> None:
    for f in (UserFactory, PostFactory, CommentFactory):
        f._meta.sqlalchemy_session = session
