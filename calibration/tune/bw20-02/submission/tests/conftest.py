import os

os.environ.setdefault("BCRYPT_COST", "4")  # keep the suite fast

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.db import ApplicationRecord, get_db  # noqa: E402
from app.main import app  # noqa: E402
from app.models import Comment, Post, User  # noqa: E402

engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
TestSession = sessionmaker(bind=engine, expire_on_commit=False)


@pytest.fixture(autouse=True)
def schema():
    ApplicationRecord.metadata.create_all(engine)
    yield
    ApplicationRecord.metadata.drop_all(engine)


@pytest.fixture
def db():
    session = TestSession()
    yield session
    session.close()


@pytest.fixture
def client(db):
    def override_get_db():
        yield db

    app.dependency_overrides[get_db] = override_get_db
    yield TestClient(app)
    app.dependency_overrides.clear()


# factories


@pytest.fixture
def create_user(db):
    def factory(username="alice", password="password123"):
        return User(username=username, password=password).save(db)

    return factory


@pytest.fixture
def create_post(db):
    def factory(author, title="Hello", content="First post"):
        return Post(title=title, content=content, author=author).save(db)

    return factory


@pytest.fixture
def create_comment(db):
    def factory(post, author, body="Nice post"):
        return Comment(body=body, post=post, author=author).save(db)

    return factory


def auth_headers(user):
    return {"Authorization": f"Token {user.api_token}"}
