from datetime import timedelta

import pytest

from blog.security import create_access_token


def test_register_ok(client):
    resp = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "alice"
    assert "password" not in body
    assert "hashed_password" not in body


def test_register_duplicate(client, alice):
    resp = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert resp.status_code == 400


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": "password123"},
        {"username": "al", "password": "password123"},
        {"username": "alice!", "password": "password123"},
        {"username": "alice", "password": "short"},
        {"username": 42, "password": "password123"},
    ],
)
def test_register_validation(client, payload):
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_wrong_password(client, alice):
    resp = client.post("/auth/token", data={"username": "alice", "password": "wrongpass1"})
    assert resp.status_code == 401


def test_login_unknown_user(client):
    resp = client.post("/auth/token", data={"username": "ghost", "password": "password123"})
    assert resp.status_code == 401


def test_me(client, alice):
    resp = client.get("/auth/me", headers=alice)
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"


def test_me_without_token(client):
    assert client.get("/auth/me").status_code == 401


def test_me_with_garbage_token(client):
    resp = client.get("/auth/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert resp.status_code == 401


def test_me_with_expired_token(client, alice):
    token = create_access_token("alice", expires_delta=timedelta(minutes=-5))
    resp = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 401


def test_token_for_deleted_or_unknown_user(client):
    token = create_access_token("nobody")
    resp = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 401
