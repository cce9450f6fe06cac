from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from blog_api.config import Settings
from blog_api.main import create_app
from blog_api.models import Post, User
from blog_api.security import create_access_token
from tests import factories

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'blog.db'}",
        secret_key="test-suite-signing-key-0123456789abcdef",
        cors_origins=["https://blog.example"],
    )


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:  # runs the lifespan -> tables exist
        yield test_client


@pytest.fixture
def db(app: FastAPI, client: TestClient) -> Iterator[Session]:
    with app.state.session_factory() as session:
        factories.bind(session)
        yield session


@pytest.fixture
def user_factory(db: Session) -> type[factories.UserFactory]:
    return factories.UserFactory


@pytest.fixture
def post_factory(db: Session) -> type[factories.PostFactory]:
    return factories.PostFactory


@pytest.fixture
def comment_factory(db: Session) -> type[factories.CommentFactory]:
    return factories.CommentFactory


@pytest.fixture
def headers_for(settings: Settings) -> Callable[[User], Headers]:
    def _headers(user: User) -> Headers:
        return {"Authorization": f"Bearer {create_access_token(user.id, settings)}"}

    return _headers


@pytest.fixture
def author(user_factory: type[factories.UserFactory]) -> User:
    return user_factory(username="author")


@pytest.fixture
def reader(user_factory: type[factories.UserFactory]) -> User:
    return user_factory(username="reader")


@pytest.fixture
def author_headers(author: User, headers_for: Callable[[User], Headers]) -> Headers:
    return headers_for(author)


@pytest.fixture
def reader_headers(reader: User, headers_for: Callable[[User], Headers]) -> Headers:
    return headers_for(reader)


@pytest.fixture
def post(post_factory: type[factories.PostFactory], author: User) -> Post:
    return post_factory(author=author, title="Original title", content="Original content")


@pytest.fixture
def count_queries(app: FastAPI) -> Callable[[], list[str]]:
    """Returns a getter for the SELECT statements the app ran since the fixture was created."""
    engine = app.state.session_factory.kw["bind"]
    statements: list[str] = []

    def _record(conn, cursor, statement, params, context, executemany) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", _record)

    def _get() -> list[str]:
        return list(statements)

    return _get
