from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from fastapi.testclient import TestClient

from todoapi import auth
from todoapi.config import Config


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in r.text
    assert "password_hash" not in body


def test_signup_duplicate_username(client: TestClient) -> None:
    payload = {"username": "alice", "password": "s3cret-pass"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    r = client.post("/auth/signup", json=payload)
    assert r.status_code == 409


@pytest.mark.parametrize(
    "name, payload",
    [
        ("missing username", {"password": "s3cret-pass"}),
        ("missing password", {"username": "alice"}),
        ("short password", {"username": "alice", "password": "short"}),
        ("short username", {"username": "al", "password": "s3cret-pass"}),
        ("bad characters", {"username": "al ice!", "password": "s3cret-pass"}),
        ("username wrong type", {"username": 123, "password": "s3cret-pass"}),
        ("password too long", {"username": "alice", "password": "x" * 73}),
        ("multibyte over 72 bytes", {"username": "alice", "password": "é" * 40}),
        ("unknown field", {"username": "alice", "password": "s3cret-pass", "admin": True}),
    ],
)
def test_signup_validation(client: TestClient, name: str, payload: dict[str, Any]) -> None:
    r = client.post("/auth/signup", json=payload)
    assert r.status_code == 422, name


@pytest.mark.parametrize(
    "name, form",
    [
        ("wrong password", {"username": "alice", "password": "wrong-password"}),
        ("unknown user", {"username": "nobody", "password": "s3cret-pass"}),
        ("password over 72 bytes", {"username": "alice", "password": "x" * 100}),
    ],
)
def test_login_failures(client: TestClient, name: str, form: dict[str, str]) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    r = client.post("/auth/token", data=form)
    assert r.status_code == 401, name
    assert r.headers.get("www-authenticate") == "Bearer"


def test_login_and_me(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    r = client.post("/auth/token", data={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 200
    token = r.json()["access_token"]
    assert r.json()["token_type"] == "bearer"

    r = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


def test_expired_token_is_rejected(client: TestClient, cfg: Config) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    user_id = r.json()["id"]
    past = datetime.now(timezone.utc) - timedelta(hours=2)
    token = auth.issue_token(user_id, cfg.jwt_secret, 60, now=past)

    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_signed_with_other_secret_is_rejected(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    token = auth.issue_token(r.json()["id"], "another-secret-another-secret-another", 60)

    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
