import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
(ROOT / "var").mkdir(exist_ok=True)

os.environ["APP_ENV"] = "test"
os.environ["DATABASE_URL"] = f"sqlite:///{ROOT / 'var' / 'test.db'}"
os.environ["PASSWORD_HASHER_COST"] = "4"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from public.index import app  # noqa: E402
from src.Database import Base, engine  # noqa: E402


@pytest.fixture()
def client():
    Base.metadata.create_all(engine)
    with TestClient(app) as client:
        yield client
    Base.metadata.drop_all(engine)
