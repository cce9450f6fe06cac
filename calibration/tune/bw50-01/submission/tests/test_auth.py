from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import PASSWORD


def test_signup_returns_user_without_password(client: TestClient) -> None:
    resp = client.post("/auth/signup", json={"username": "Alice", "password": PASSWORD})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_is_409(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    resp = client.post("/auth/signup", json={"username": "ALICE", "password": PASSWORD})
    assert resp.status_code == 409


def test_signup_rejects_short_password(client: TestClient) -> None:
    resp = client.post("/auth/signup", json={"username": "bob", "password": "short"})
    assert resp.status_code == 422


def test_signup_rejects_unknown_fields(client: TestClient) -> None:
    resp = client.post(
        "/auth/signup", json={"username": "bob", "password": PASSWORD, "is_admin": True}
    )
    assert resp.status_code == 422


def test_signup_rejects_bad_username(client: TestClient) -> None:
    resp = client.post("/auth/signup", json={"username": "a b;--", "password": PASSWORD})
    assert resp.status_code == 422


def test_login_wrong_password_is_401(client: TestClient, register: Callable) -> None:
    register("carol")
    resp = client.post("/auth/token", data={"username": "carol", "password": "wrong password!"})
    assert resp.status_code == 401


def test_login_unknown_user_is_401(client: TestClient) -> None:
    resp = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert resp.status_code == 401


def test_lockout_after_repeated_failures(client: TestClient, register: Callable) -> None:
    register("dave")
    for _ in range(3):
        client.post("/auth/token", data={"username": "dave", "password": "nope nope nope"})
    resp = client.post("/auth/token", data={"username": "dave", "password": PASSWORD})
    assert resp.status_code == 429


def test_me_requires_token(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401


def test_forged_token_is_401(client: TestClient) -> None:
    resp = client.get("/auth/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert resp.status_code == 401


def test_security_headers_present(client: TestClient) -> None:
    resp = client.get("/posts")
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["X-Frame-Options"] == "DENY"
