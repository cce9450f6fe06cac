from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_conflicts(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    r = client.post("/auth/signup", json={"username": "alice", "password": "other-pass"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": "s3cret-pass"},
        {"username": "alice", "password": "short"},
        {"username": "bad name!", "password": "s3cret-pass"},
        {"password": "s3cret-pass"},
    ],
)
def test_signup_validation(client: TestClient, payload: dict[str, str]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_wrong_password_is_401(client: TestClient, make_user: Callable[[str], dict[str, str]]) -> None:
    make_user("alice")
    r = client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    assert r.status_code == 401


def test_me_requires_valid_token(client: TestClient, make_user: Callable[[str], dict[str, str]]) -> None:
    assert client.get("/auth/me").status_code == 401
    assert client.get("/auth/me", headers={"Authorization": "Bearer garbage"}).status_code == 401
    headers = make_user("alice")
    assert client.get("/auth/me", headers=headers).json()["username"] == "alice"
