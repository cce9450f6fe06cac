import os
from collections.abc import Iterator
from datetime import datetime, timezone
from unittest.mock import AsyncMock

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("SECRET_KEY", "test-secret-key-for-the-test-suite-only-0123456789")

from app.api.deps import get_current_user, get_todo_repository, get_user_repository  # noqa: E402
from app.main import app  # noqa: E402
from app.models import Todo, User  # noqa: E402
from app.repositories.todo_repository import TodoRepository  # noqa: E402
from app.repositories.user_repository import UserRepository  # noqa: E402


def make_todo(**overrides: object) -> Todo:
    data: dict[str, object] = {
        "id": 1,
        "owner_id": 1,
        "title": "Buy milk",
        "description": None,
        "done": False,
        "created_at": datetime(2026, 1, 1, tzinfo=timezone.utc),
    }
    data.update(overrides)
    return Todo(**data)


@pytest.fixture
def current_user() -> User:
    return User(id=1, username="alice", hashed_password="not-used")


@pytest.fixture
def todo_repo() -> AsyncMock:
    return AsyncMock(spec=TodoRepository)


@pytest.fixture
def user_repo() -> AsyncMock:
    return AsyncMock(spec=UserRepository)


@pytest.fixture
def client(current_user: User, todo_repo: AsyncMock, user_repo: AsyncMock) -> Iterator[TestClient]:
    app.dependency_overrides[get_current_user] = lambda: current_user
    app.dependency_overrides[get_todo_repository] = lambda: todo_repo
    app.dependency_overrides[get_user_repository] = lambda: user_repo
    yield TestClient(app)
    app.dependency_overrides.clear()


@pytest.fixture
def anon_client(todo_repo: AsyncMock, user_repo: AsyncMock) -> Iterator[TestClient]:
    app.dependency_overrides[get_todo_repository] = lambda: todo_repo
    app.dependency_overrides[get_user_repository] = lambda: user_repo
    yield TestClient(app)
    app.dependency_overrides.clear()
