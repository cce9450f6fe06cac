from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from inkwell import security
from inkwell.config import Settings

from .helpers import PASSWORD, Headers


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


def test_register_duplicate_username_is_case_insensitive(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    response = client.post("/auth/register", json={"username": "ADA", "password": PASSWORD})
    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"password": PASSWORD},
        {"username": "ab", "password": PASSWORD},
        {"username": "has space", "password": PASSWORD},
        {"username": "ada", "password": "short"},
        {"username": 123, "password": PASSWORD},
        {"username": "ada", "password": PASSWORD, "is_admin": True},
    ],
)
def test_register_rejects_invalid_payloads(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_register_rejects_malformed_json(client: TestClient) -> None:
    response = client.post(
        "/auth/register", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422


def test_password_is_stored_hashed(client: TestClient, settings: Settings) -> None:
    import sqlite3

    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    with sqlite3.connect(settings.database_path) as conn:
        (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    assert stored != PASSWORD
    assert stored.startswith("$argon2id$")


def test_login_returns_bearer_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    response = client.post("/auth/token", data={"username": "ada", "password": PASSWORD})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


@pytest.mark.parametrize(
    ("username", "password"), [("ada", "wrong password!"), ("nobody", PASSWORD)]
)
def test_login_rejects_bad_credentials(client: TestClient, username: str, password: str) -> None:
    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    response = client.post("/auth/token", data={"username": username, "password": password})

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_me_with_token(client: TestClient, login: Callable[[str], Headers]) -> None:
    response = client.get("/users/me", headers=login("ada"))
    assert response.status_code == 200
    assert response.json()["username"] == "ada"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic YWRhOnB3"}],
)
def test_me_without_valid_token(client: TestClient, headers: Headers) -> None:
    assert client.get("/users/me", headers=headers).status_code == 401


def test_expired_token_is_rejected(
    client: TestClient, settings: Settings, login: Callable[[str], Headers]
) -> None:
    login("ada")
    issued = datetime.now(UTC) - settings.token_ttl - timedelta(seconds=1)
    token = security.create_access_token(1, settings, now=issued)

    response = client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_token_signed_with_another_key_is_rejected(client: TestClient) -> None:
    forged = security.create_access_token(1, Settings(secret_key="another-key-" + "z" * 32))
    response = client.get("/users/me", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401


def test_token_for_unknown_user_is_rejected(client: TestClient, settings: Settings) -> None:
    token = security.create_access_token(999, settings)
    response = client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
