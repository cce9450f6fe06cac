import itertools
from typing import Any, Callable, Generator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from blog.db import Base, get_db
from blog.main import app

PASSWORD = "pa55word!"
_counter = itertools.count()


@pytest.fixture
def db_session(tmp_path) -> Generator[Session, None, None]:
    """Every test gets its own sqlite file under tmp_path."""
    engine = create_engine(
        f"sqlite:///{tmp_path / 'test.db'}", connect_args={"check_same_thread": False}
    )
    Base.metadata.create_all(engine)
    TestingSession = sessionmaker(bind=engine, autoflush=False)
    session = TestingSession()
    yield session
    session.close()
    engine.dispose()


@pytest.fixture
def client(db_session: Session) -> Generator[TestClient, None, None]:
    def _override() -> Generator[Session, None, None]:
        yield db_session

    app.dependency_overrides[get_db] = _override
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


# ------------------------------------------------------------------ factories
# Factories go through the public API on purpose (black-box), so a broken
# endpoint shows up everywhere and not only in its own test.


@pytest.fixture
def make_user(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _make(username: str | None = None, password: str = PASSWORD) -> dict[str, Any]:
        username = username or f"user{next(_counter)}"
        r = client.post("/users", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        token = client.post("/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {
            **r.json(),
            "password": password,
            "headers": {"Authorization": f"Bearer {token.json()['access_token']}"},
        }

    return _make


@pytest.fixture
def make_post(client: TestClient, make_user) -> Callable[..., dict[str, Any]]:
    def _make(
        author: dict[str, Any] | None = None, title: str = "Hello", content: str = "World"
    ) -> dict[str, Any]:
        author = author or make_user()
        r = client.post("/posts", json={"title": title, "content": content}, headers=author["headers"])
        assert r.status_code == 201, r.text
        return r.json()

    return _make


@pytest.fixture
def make_comment(client: TestClient, make_user) -> Callable[..., dict[str, Any]]:
    def _make(post_id: int, author: dict[str, Any] | None = None, body: str = "Nice!") -> dict[str, Any]:
        author = author or make_user()
        r = client.post(f"/posts/{post_id}/comments", json={"body": body}, headers=author["headers"])
        assert r.status_code == 201, r.text
        return r.json()

    return _make


@pytest.fixture
def author(make_user) -> dict[str, Any]:
    return make_user("author")


@pytest.fixture
def stranger(make_user) -> dict[str, Any]:
    return make_user("stranger")


@pytest.fixture
def post(make_post, author) -> dict[str, Any]:
    return make_post(author=author, title="First post", content="Some content")
