"""Tests for registration, login and token handling."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD


def test_register_returns_201_and_public_fields(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "alice"}


def test_password_is_stored_hashed(client: TestClient, conn: sqlite3.Connection) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    assert stored.startswith("pbkdf2_sha256$")
    assert PASSWORD not in stored


def test_duplicate_username_is_409(client: TestClient) -> None:
    body = {"username": "alice", "password": PASSWORD}
    assert client.post("/auth/register", json=body).status_code == 201
    r = client.post("/auth/register", json=body)
    assert r.status_code == 409
    assert "already taken" in r.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "a" * 33, "password": PASSWORD},
        {"username": "alice smith", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "p" * 129},
        {"username": 123, "password": PASSWORD},
        {"username": "alice", "password": None},
    ],
)
def test_invalid_registration_is_422(client: TestClient, body: dict[str, object]) -> None:
    r = client.post("/auth/register", json=body)
    assert r.status_code == 422


def test_invalid_registration_is_not_stored(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "short"})
    assert conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0


def test_login_returns_bearer_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    r = client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert len(body["access_token"]) >= 43


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong password"), ("nobody", PASSWORD), ("ALICE", PASSWORD)],
)
def test_bad_credentials_are_401(client: TestClient, username: str, password: str) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={}).status_code == 422


def test_each_login_issues_a_new_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    form = {"username": "alice", "password": PASSWORD}
    first = client.post("/auth/token", data=form).json()["access_token"]
    second = client.post("/auth/token", data=form).json()["access_token"]
    assert first != second


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": "Basic YWxpY2U6c2VjcmV0"},
    ],
)
def test_writes_need_a_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401
