import sqlite3

import pytest
from fastapi.testclient import TestClient

from todoproject.accounts.hashers import check_password, make_password
from todoproject.settings import Settings

from .conftest import PASSWORD, basic


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "carol", "password": PASSWORD})

    assert response.status_code == 201
    assert set(response.json()) == {"id", "username", "created_at"}


def test_password_is_stored_hashed(client: TestClient, settings: Settings) -> None:
    client.post("/auth/register", json={"username": "carol", "password": PASSWORD})

    path = settings.DATABASE_URL.removeprefix("sqlite:///")
    (stored,) = sqlite3.connect(path).execute("SELECT password FROM accounts_user").fetchone()
    assert stored.startswith("pbkdf2_sha256$1000$")
    assert PASSWORD not in stored


def test_duplicate_username_is_409(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "carol", "password": PASSWORD})

    response = client.post("/auth/register", json={"username": "carol", "password": PASSWORD})

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "carol"},
        {"password": PASSWORD},
        {"username": "ca", "password": PASSWORD},
        {"username": "carol", "password": "short"},
        {"username": "has space", "password": PASSWORD},
        {"username": ["carol"], "password": PASSWORD},
        {"username": "carol", "password": PASSWORD, "is_active": False},
    ],
)
def test_register_validation(client: TestClient, payload: dict) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_returns_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "carol", "password": PASSWORD})

    response = client.post("/auth/login", headers=basic("carol", PASSWORD))

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert len(response.json()["access_token"]) == 64


@pytest.mark.parametrize(
    "headers",
    [{}, basic("carol", "wrong-password"), basic("nobody", PASSWORD), {"Authorization": "Basic !!!notbase64"}],
)
def test_login_failures_are_401(client: TestClient, headers: dict[str, str]) -> None:
    client.post("/auth/register", json={"username": "carol", "password": PASSWORD})

    response = client.post("/auth/login", headers=headers)

    assert response.status_code == 401


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Token abc"}])
def test_protected_route_rejects_bad_credentials(client: TestClient, headers: dict[str, str]) -> None:
    response = client.get("/todos", headers=headers)

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_logout_revokes_token(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=alice).json()["username"] == "alice"

    assert client.post("/auth/logout", headers=alice).status_code == 204
    assert client.get("/auth/me", headers=alice).status_code == 401


def test_expired_token_is_rejected(client: TestClient, alice: dict[str, str], settings: Settings) -> None:
    path = settings.DATABASE_URL.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE accounts_authtoken SET expiry = '2000-01-01 00:00:00'")

    response = client.get("/todos", headers=alice)

    assert response.status_code == 401
    assert response.json()["detail"] == "Token has expired."


def test_hasher_roundtrip() -> None:
    encoded = make_password("hunter22", iterations=10)

    assert check_password("hunter22", encoded)
    assert not check_password("hunter23", encoded)
    assert not check_password("hunter22", "md5$garbage")
    assert not check_password("hunter22", "")
