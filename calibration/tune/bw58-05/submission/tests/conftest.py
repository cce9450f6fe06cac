"""Test fixtures.

Tests run against a throwaway SQLite file by default. Set ``TEST_DATABASE_URL`` to a
PostgreSQL URL (e.g. ``postgresql+asyncpg://todo:todo@localhost:5432/todo_test``) to run the
same suite against PostgreSQL; the schema is dropped and recreated for every test.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import create_async_engine

from todo_service.config import Settings
from todo_service.main import create_app
from todo_service.models import Base

TEST_SECRET = "test-only-secret-" + "0123456789" * 4


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    database_url = os.environ.get("TEST_DATABASE_URL") or f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    return Settings(database_url=database_url, jwt_secret=TEST_SECRET, access_token_ttl_minutes=5)


@pytest.fixture
async def app(settings: Settings, anyio_backend: str) -> AsyncIterator[FastAPI]:
    if os.environ.get("TEST_DATABASE_URL"):
        engine = create_async_engine(settings.database_url)
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.drop_all)
        await engine.dispose()
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI, anyio_backend: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c
