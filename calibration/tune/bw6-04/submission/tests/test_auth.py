import sqlite3

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Headers

GOOD = {"username": "alice", "password": "correct horse battery"}


def test_register(client: TestClient) -> None:
    r = client.post("/auth/register", json=GOOD)
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["username"] == "alice"


def test_register_duplicate(client: TestClient) -> None:
    assert client.post("/auth/register", json=GOOD).status_code == 201
    assert client.post("/auth/register", json=GOOD).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({}, id="empty"),
        pytest.param({"username": "alice"}, id="no-password"),
        pytest.param({"username": "al", "password": "correct horse battery"}, id="short-username"),
        pytest.param({"username": "al ice", "password": "correct horse battery"}, id="bad-chars"),
        pytest.param({"username": "alice", "password": "short"}, id="short-password"),
        pytest.param({"username": 5, "password": "correct horse battery"}, id="wrong-type"),
        pytest.param({**GOOD, "admin": True}, id="unknown-field"),
    ],
)
def test_register_invalid(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/register", json=body).status_code == 422


def test_register_malformed_json(client: TestClient) -> None:
    r = client.post("/auth/register", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422


def test_password_is_not_stored_in_plaintext(client: TestClient, db_path: str) -> None:
    client.post("/auth/register", json=GOOD)
    conn = sqlite3.connect(db_path)
    (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    conn.close()
    assert GOOD["password"] not in stored
    assert stored.startswith("scrypt$")


def test_login(client: TestClient) -> None:
    client.post("/auth/register", json=GOOD)
    r = client.post("/auth/login", json=GOOD)
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"
    assert r.json()["access_token"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"username": "alice", "password": "wrong password"}, id="wrong-password"),
        pytest.param({"username": "nobody", "password": "correct horse battery"}, id="unknown-user"),
    ],
)
def test_login_rejected(client: TestClient, body: dict[str, str]) -> None:
    client.post("/auth/register", json=GOOD)
    r = client.post("/auth/login", json=body)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "header",
    [
        pytest.param({}, id="missing"),
        pytest.param({"Authorization": "Bearer nope"}, id="unknown-token"),
        pytest.param({"Authorization": "Basic YWxpY2U6eA=="}, id="wrong-scheme"),
    ],
)
def test_me_unauthorized(client: TestClient, header: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=header).status_code == 401


def test_me(client: TestClient, alice: Headers) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


def test_logout_revokes_token(client: TestClient, alice: Headers) -> None:
    assert client.post("/auth/logout", headers=alice).status_code == 204
    assert client.get("/auth/me", headers=alice).status_code == 401


def test_expired_token(client: TestClient, alice: Headers, db_path: str) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000000+00:00'")
    conn.close()
    assert client.get("/auth/me", headers=alice).status_code == 401
