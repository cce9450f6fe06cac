from typing import Callable, Dict, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.config.database import Base, get_db
from app.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    TestingSession = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)

    def override_get_db() -> Iterator[Session]:
        db = TestingSession()
        try:
            yield db
        finally:
            db.close()

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Dict[str, str]]:
    def _login(username: str) -> Dict[str, str]:
        client.post("/auth/register", json={"username": username, "password": "Passw0rd!"})
        response = client.post("/auth/token", data={"username": username, "password": "Passw0rd!"})
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login
