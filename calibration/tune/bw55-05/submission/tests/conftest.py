from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from inkwell.config import Settings
from inkwell.main import create_app

TEST_SECRET = "test-only-secret-" + "0" * 40
PASSWORD = "correct-horse-battery"


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


@pytest.fixture
def settings() -> Settings:
    return Settings(
        jwt_secret=TEST_SECRET,  # type: ignore[arg-type]
        database_url="sqlite://",
        bcrypt_rounds=4,
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def make_account(client: TestClient) -> Callable[[str], Account]:
    def _make(username: str) -> Account:
        registered = client.post(
            "/api/v1/auth/register", json={"username": username, "password": PASSWORD}
        )
        assert registered.status_code == 201, registered.text
        login = client.post(
            "/api/v1/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert login.status_code == 200, login.text
        tokens = login.json()
        return Account(
            id=registered.json()["id"],
            username=username,
            access_token=tokens["access_token"],
            refresh_token=tokens["refresh_token"],
        )

    return _make


@pytest.fixture
def ada(make_account: Callable[[str], Account]) -> Account:
    return make_account("ada")


@pytest.fixture
def grace(make_account: Callable[[str], Account]) -> Account:
    return make_account("grace")


@pytest.fixture
def make_post(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _make(author: Account, title: str = "Hello", content: str = "World") -> dict[str, Any]:
        response = client.post(
            "/api/v1/posts", json={"title": title, "content": content}, headers=author.headers
        )
        assert response.status_code == 201, response.text
        return response.json()

    return _make


@pytest.fixture
def make_comment(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _make(author: Account, post_id: int, content: str = "Nice!") -> dict[str, Any]:
        response = client.post(
            f"/api/v1/posts/{post_id}/comments", json={"content": content}, headers=author.headers
        )
        assert response.status_code == 201, response.text
        return response.json()

    return _make
