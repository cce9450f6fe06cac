import itertools
import os

# must be set before the app is imported: keep the real todos.db untouched
os.environ.setdefault("DATABASE_URL", "sqlite://")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from todo_api.database import Base, get_db  # noqa: E402
from todo_api.main import app  # noqa: E402

DEFAULT_PASSWORD = "Str0ngPassw0rd!"
_counter = itertools.count(1)


@pytest.fixture()
def engine():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(bind=engine)
    yield engine
    Base.metadata.drop_all(bind=engine)
    engine.dispose()


@pytest.fixture()
def db_session(engine):
    TestingSession = sessionmaker(bind=engine, autoflush=False, autocommit=False)
    session = TestingSession()
    yield session
    session.close()


@pytest.fixture()
def client(engine):
    TestingSession = sessionmaker(bind=engine, autoflush=False, autocommit=False)

    def override_get_db():
        db = TestingSession()
        try:
            yield db
        finally:
            db.close()

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture()
def user_factory(client):
    def _create(username=None, password=DEFAULT_PASSWORD):
        username = username or f"user_{next(_counter)}"
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        return {"id": response.json()["id"], "username": username, "password": password}

    return _create


@pytest.fixture()
def login(client):
    def _login(username, password=DEFAULT_PASSWORD):
        return client.post("/auth/login", data={"username": username, "password": password})

    return _login


@pytest.fixture()
def headers_factory(user_factory, login):
    def _headers(username=None):
        user = user_factory(username=username)
        token = login(user["username"]).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    return _headers


@pytest.fixture()
def auth_headers(headers_factory):
    return headers_factory()


@pytest.fixture()
def other_auth_headers(headers_factory):
    return headers_factory()


@pytest.fixture()
def todo_factory(client, auth_headers):
    def _create(headers=None, **overrides):
        payload = {"title": "Buy milk", "description": "2 litres", "done": False}
        payload.update(overrides)
        response = client.post("/todos", json=payload, headers=headers or auth_headers)
        assert response.status_code == 201, response.text
        return response.json()

    return _create
