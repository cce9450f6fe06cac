import os

# settings are read at import time, so set them before importing the app
os.environ.setdefault("TODO_SECRET_KEY", "test-secret")
os.environ.setdefault("TODO_DATABASE_URL", "sqlite://")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402
from sqlmodel import Session, SQLModel, create_engine  # noqa: E402

from todo_api.db import get_session  # noqa: E402
from todo_api.main import app  # noqa: E402


@pytest.fixture
def session():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        yield s


@pytest.fixture
def client(session):
    app.dependency_overrides[get_session] = lambda: session
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


@pytest.fixture
def auth(client):
    """returns a function that registers + logs in a user and gives back the headers"""

    def _auth(username: str = "alice", password: str = "password123") -> dict[str, str]:
        client.post("/auth/register", json={"username": username, "password": password})
        r = client.post("/auth/token", data={"username": username, "password": password})
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _auth
