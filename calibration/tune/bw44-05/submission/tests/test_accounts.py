import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def test_register_returns_public_fields_only(client: TestClient) -> None:
    r = client.post("/api/auth/register", json={"username": "carol", "password": "s3cure-passw0rd"})
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "username", "created_at"}
    assert "s3cure" not in r.text


def test_register_duplicate_username(client: TestClient, alice: AuthHeaders) -> None:
    r = client.post("/api/auth/register", json={"username": "alice", "password": "another-passw0rd"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": "s3cure-passw0rd"},
        {"username": "has space", "password": "s3cure-passw0rd"},
        {"username": "dave", "password": "short"},
        {"username": "dave"},
        {"username": "dave", "password": "s3cure-passw0rd", "is_active": False},
        {"username": 123, "password": "s3cure-passw0rd"},
    ],
)
def test_register_validation(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/api/auth/register", json=payload).status_code == 422


def test_token_wrong_password(client: TestClient, alice: AuthHeaders) -> None:
    r = client.post("/api/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_token_unknown_user(client: TestClient) -> None:
    r = client.post("/api/auth/token", data={"username": "nobody", "password": "whatever-1"})
    assert r.status_code == 401


def test_token_missing_fields(client: TestClient) -> None:
    assert client.post("/api/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, alice: AuthHeaders) -> None:
    r = client.get("/api/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic Zm9vOmJhcg=="}])
def test_me_requires_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/api/auth/me", headers=headers).status_code == 401
