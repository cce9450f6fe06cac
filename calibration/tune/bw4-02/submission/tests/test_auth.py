import pytest
from fastapi.testclient import TestClient


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": "long enough pw"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


def test_password_is_stored_hashed(client: TestClient, tmp_path) -> None:
    import sqlite3

    client.post("/auth/signup", json={"username": "dave", "password": "plaintext?no"})
    conn = sqlite3.connect(tmp_path / "test.db")
    (stored,) = conn.execute("SELECT password_hash FROM users WHERE username='dave'").fetchone()
    conn.close()
    assert stored != "plaintext?no"
    assert stored.startswith("$argon2id$")


def test_duplicate_username_conflicts(client: TestClient) -> None:
    payload = {"username": "erin", "password": "long enough pw"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    payload["username"] = "ERIN"  # usernames are case-insensitive
    assert client.post("/auth/signup", json=payload).status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "ok_name"},
        {"password": "long enough pw"},
        {"username": "x", "password": "long enough pw"},
        {"username": "has space", "password": "long enough pw"},
        {"username": "frank", "password": "short"},
        {"username": 123, "password": "long enough pw"},
    ],
)
def test_signup_validation(client: TestClient, payload: dict) -> None:
    r = client.post("/auth/signup", json=payload)
    assert r.status_code == 422
    assert r.json()["detail"]


def test_login_wrong_password(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "nope nope nope"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever123"})
    assert r.status_code == 401


def test_login_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, alice: dict[str, str]) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}])
def test_me_requires_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=headers).status_code == 401


def test_logout_revokes_token(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/auth/logout", headers=alice).status_code == 204
    assert client.get("/auth/me", headers=alice).status_code == 401
