from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_service.composition import build_container
from todo_service.container import Container, Lifetime
from todo_service.domain.ports import PasswordHasher
from todo_service.main import create_app
from todo_service.settings import Settings

PASSWORD = "s3cret-passw0rd"
API = "/api/v1"

Headers = dict[str, str]


class PlaintextTestHasher:
    """argon2 costs ~50 ms per call; the API tests don't need to pay that.
    The real hasher has its own tests in test_security.py."""

    def hash(self, password: str) -> str:
        return f"test${password}"

    def verify(self, password_hash: str, password: str) -> bool:
        return password_hash == f"test${password}"

    def verify_decoy(self, password: str) -> None:
        return None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'test.db'}", jwt_secret="k" * 48)


@pytest.fixture
def container(settings: Settings) -> Iterator[Container]:
    c = build_container(settings)
    with c.override(PasswordHasher, lambda _: PlaintextTestHasher(), Lifetime.SINGLETON):  # type: ignore[type-abstract]
        yield c


@pytest.fixture
def client(container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(container)) as test_client:
        yield test_client


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str) -> Headers:
        r = client.post(f"{API}/auth/register", json={"username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        r = client.post(f"{API}/auth/token", data={"username": username, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], Headers]) -> Headers:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], Headers]) -> Headers:
    return login("bob")
