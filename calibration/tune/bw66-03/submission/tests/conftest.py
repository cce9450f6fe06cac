import itertools
import os
import pathlib
import tempfile

# point the app at a throwaway database BEFORE importing it
_TEST_DB = pathlib.Path(tempfile.gettempdir()) / f"todo_test_{os.getpid()}.sqlite3"
os.environ["TODO_DB_URL"] = f"sqlite:///{_TEST_DB}"
os.environ.setdefault("TODO_SECRET_KEY", "unit-test-secret")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

import crud  # noqa: E402
from auth import hash_password  # noqa: E402
from database import Base, SessionLocal, engine  # noqa: E402
from main import app  # noqa: E402

DEFAULT_PASSWORD = "password123"


@pytest.fixture(autouse=True)
def clean_db():
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    yield


def pytest_sessionfinish(session, exitstatus):
    engine.dispose()
    _TEST_DB.unlink(missing_ok=True)


@pytest.fixture
def db():
    session = SessionLocal()
    yield session
    session.close()


@pytest.fixture
def client():
    return TestClient(app)


@pytest.fixture
def user_factory(db):
    seq = itertools.count(1)

    def _make(username=None, password=DEFAULT_PASSWORD):
        username = username or f"user_{next(seq)}"
        return crud.create_user(db, username, hash_password(password))

    return _make


@pytest.fixture
def todo_factory(db):
    def _make(owner, **fields):
        data = {"title": "Write tests", "description": None, "done": False}
        data.update(fields)
        return crud.create_todo(db, data, owner.id)

    return _make


@pytest.fixture
def auth_headers(client):
    def _headers(user, password=DEFAULT_PASSWORD):
        resp = client.post("/login", data={"username": user.username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _headers


@pytest.fixture
def alice(user_factory):
    return user_factory("alice")


@pytest.fixture
def bob(user_factory):
    return user_factory("bob")


@pytest.fixture
def alice_auth(alice, auth_headers):
    return auth_headers(alice)


@pytest.fixture
def bob_auth(bob, auth_headers):
    return auth_headers(bob)
