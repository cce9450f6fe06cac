import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

CREDS = {"username": "alice", "password": "password123"}


def test_register(client: TestClient) -> None:
    r = client.post("/auth/register", json=CREDS)
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "alice"}


def test_register_duplicate_is_409_case_insensitively(client: TestClient) -> None:
    client.post("/auth/register", json=CREDS)
    r = client.post("/auth/register", json={**CREDS, "username": "ALICE"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "alice"},
        {"username": "al", "password": "password123"},
        {"username": "a" * 33, "password": "password123"},
        {"username": "al ice", "password": "password123"},
        {"username": "alice", "password": "short"},
        {"username": ["alice"], "password": "password123"},
    ],
)
def test_register_validation(client: TestClient, body: dict) -> None:
    assert client.post("/auth/register", json=body).status_code == 422


def test_password_is_stored_hashed(client: TestClient, settings: Settings) -> None:
    import sqlite3

    client.post("/auth/register", json=CREDS)
    stored = sqlite3.connect(settings.database).execute("SELECT password_hash FROM users").fetchone()[0]
    assert CREDS["password"] not in stored
    assert stored.startswith("scrypt$")


def test_login(client: TestClient) -> None:
    client.post("/auth/register", json=CREDS)
    r = client.post("/auth/token", data=CREDS)
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


@pytest.mark.parametrize(
    "creds",
    [{"username": "alice", "password": "wrong-password"}, {"username": "nobody", "password": "password123"}],
)
def test_login_failures_are_401(client: TestClient, creds: dict) -> None:
    client.post("/auth/register", json=CREDS)
    r = client.post("/auth/token", data=creds)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_login_requires_form_fields(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_bad_token_is_401(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


def test_expired_token_is_401(tmp_path) -> None:
    settings = Settings(database=str(tmp_path / "t.db"), token_ttl_seconds=0)
    with TestClient(create_app(settings)) as client:
        client.post("/auth/register", json=CREDS)
        token = client.post("/auth/token", data=CREDS).json()["access_token"]
        r = client.post(
            "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"}
        )
    assert r.status_code == 401
