"""A small ``APITestCase`` in the spirit of django.test.TestCase.

Each test runs inside a transaction on a real PostgreSQL test database and is rolled back in
``tearDown``, so tests are isolated and fast. Point TEST_DATABASE_URL at an empty database.
"""

import os
import unittest
from collections.abc import Iterator

os.environ["DATABASE_URL"] = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://todo:todo@localhost:5432/todo_test"
)
os.environ.setdefault("SECRET_KEY", "test-secret-not-for-production")

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import apps.accounts.models  # noqa: E402,F401
import apps.todos.models  # noqa: E402,F401
from config.asgi import application  # noqa: E402
from config.database import Base, get_db  # noqa: E402

engine = create_engine(os.environ["DATABASE_URL"])

DEFAULT_PASSWORD = "s3cret-pass"


class APITestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        Base.metadata.create_all(engine)

    def setUp(self) -> None:
        self.connection = engine.connect()
        self.transaction = self.connection.begin()
        # commits inside the app become SAVEPOINT releases; the outer transaction is ours
        self.session = Session(
            bind=self.connection,
            join_transaction_mode="create_savepoint",
            expire_on_commit=False,
        )

        def override_get_db() -> Iterator[Session]:
            yield self.session

        application.dependency_overrides[get_db] = override_get_db
        self.client = TestClient(application)

    def tearDown(self) -> None:
        application.dependency_overrides.clear()
        self.session.close()
        self.transaction.rollback()
        self.connection.close()

    # helpers, a bit like self.client.force_login in Django
    def create_user(self, username: str = "alice", password: str = DEFAULT_PASSWORD) -> None:
        response = self.client.post(
            "/auth/signup", json={"username": username, "password": password}
        )
        self.assertEqual(response.status_code, 201, response.text)

    def auth_headers(self, username: str = "alice", password: str = DEFAULT_PASSWORD) -> dict[str, str]:
        response = self.client.post("/auth/token", data={"username": username, "password": password})
        self.assertEqual(response.status_code, 200, response.text)
        return {"Authorization": f"Bearer {response.json()['access_token']}"}
