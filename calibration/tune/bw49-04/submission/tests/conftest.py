"""Test fixtures.

Each test gets a brand-new SQLite database in pytest's temporary directory, so
tests are independent of each other and of any local ``todo.db``.
"""
import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

# Settings are read at import time, so configure them before importing the app.
os.environ["TODO_SECRET_KEY"] = "secret-used-only-by-the-test-suite"

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from todo_api.database import Base, get_session  # noqa: E402
from todo_api.main import app  # noqa: E402


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    # NullPool: every session opens a fresh connection, so the engine can be
    # used safely from the event loops that TestClient starts for each request.
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}", poolclass=NullPool)
    factory = async_sessionmaker(engine, expire_on_commit=False)

    async def create_tables() -> None:
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)

    asyncio.run(create_tables())

    async def get_test_session() -> AsyncIterator[AsyncSession]:
        async with factory() as session:
            yield session

    app.dependency_overrides[get_session] = get_test_session
    # Not used as a context manager: that would run the lifespan against the real database.
    yield TestClient(app)
    app.dependency_overrides.clear()


@pytest.fixture
def login(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Sign up a user and return the headers that authenticate as them."""

    def _login(username: str) -> dict[str, str]:
        credentials = {"username": username, "password": "correct horse battery"}
        assert client.post("/auth/signup", json=credentials).status_code == 201
        response = client.post("/auth/token", data=credentials)
        assert response.status_code == 200
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login
