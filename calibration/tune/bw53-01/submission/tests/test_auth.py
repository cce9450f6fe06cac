from fastapi.testclient import TestClient


def test_register_returns_user_without_password(client: TestClient) -> None:
    resp = client.post("/auth/register", json={"username": "carol", "password": "long-enough"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "carol"
    assert "password" not in body
    assert "password_hash" not in body


def test_register_duplicate_username(client: TestClient) -> None:
    payload = {"username": "dave", "password": "long-enough"}
    assert client.post("/auth/register", json=payload).status_code == 201
    resp = client.post("/auth/register", json=payload)
    assert resp.status_code == 409


def test_register_validation(client: TestClient) -> None:
    resp = client.post("/auth/register", json={"username": "x", "password": "short"})
    assert resp.status_code == 422


def test_login_wrong_password(client: TestClient, alice: dict) -> None:
    resp = client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    assert resp.status_code == 401


def test_login_unknown_user(client: TestClient) -> None:
    resp = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert resp.status_code == 401


def test_me(client: TestClient, alice: dict) -> None:
    resp = client.get("/auth/me", headers=alice)
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"


def test_me_with_garbage_token(client: TestClient) -> None:
    resp = client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"})
    assert resp.status_code == 401
