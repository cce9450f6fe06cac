import os
import unittest

# the app reads these at import time; tests never touch MariaDB
os.environ.setdefault("DATABASE_URL", "sqlite://")
os.environ.setdefault("SECRET_KEY", "tests-only")

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from todo_project.database import Base, get_db  # noqa: E402
from todo_project.main import app  # noqa: E402

# one shared in-memory connection, usable from the TestClient's worker threads
engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
TestingSession = sessionmaker(bind=engine, autoflush=False)


def override_get_db():
    db = TestingSession()
    try:
        yield db
    finally:
        db.close()


class APITestCase(unittest.TestCase):
    """Fresh schema for every test, like Django's TestCase flushing the test database."""

    def setUp(self):
        Base.metadata.create_all(bind=engine)
        app.dependency_overrides[get_db] = override_get_db
        self.client = TestClient(app)

    def tearDown(self):
        app.dependency_overrides.clear()
        Base.metadata.drop_all(bind=engine)

    def register(self, username="alice", password="password123"):
        return self.client.post("/auth/register", json={"username": username, "password": password})

    def login(self, username="alice", password="password123"):
        response = self.client.post("/auth/token", data={"username": username, "password": password})
        return {"Authorization": f"Bearer {response.json()['access_token']}"}
