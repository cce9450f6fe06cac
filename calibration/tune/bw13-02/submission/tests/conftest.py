import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient

# Settings are read from the environment; give the test run its own values
# before anything imports inkwell.main (which builds the default app).
os.environ.setdefault("INKWELL_JWT_SECRET", "test-only-secret-0123456789abcdef0123456789")
os.environ.setdefault("INKWELL_DATABASE_PATH", ":memory:")

from inkwell.main import create_app  # noqa: E402
from inkwell.settings import Settings  # noqa: E402


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[AsyncClient]:
    settings = Settings(database_path=str(tmp_path / "blog.sqlite3"))
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://test") as c:
            yield c

