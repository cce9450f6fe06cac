from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

import jwt
import pytest
from fastapi.testclient import TestClient

from todoapi.config import Settings


def test_register_returns_201_and_no_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "ada", "password": "lovelace-1815"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "ada"
    assert set(body) == {"id", "username", "created_at"}


def test_password_is_stored_as_salted_scrypt(client: TestClient, settings: Settings) -> None:
    for name in ("ada", "grace"):
        client.post("/auth/register", json={"username": name, "password": "same-password"})
    with sqlite3.connect(settings.database_path) as conn:
        hashes = [h for (h,) in conn.execute("SELECT password_hash FROM users ORDER BY id")]
    assert all(h.startswith("scrypt$") for h in hashes)
    assert "same-password" not in "".join(hashes)
    assert hashes[0] != hashes[1], "identical passwords must hash differently (salt)"


def test_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "ada", "password": "lovelace-1815"}
    assert client.post("/auth/register", json=payload).status_code == 201
    assert client.post("/auth/register", json=payload).status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"password": "lovelace-1815"},
        {"username": "ab", "password": "lovelace-1815"},
        {"username": "ada", "password": "short"},
        {"username": "has space", "password": "lovelace-1815"},
        {"username": 42, "password": "lovelace-1815"},
    ],
)
def test_invalid_registration_is_422(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_wrong_password_is_401(client: TestClient, signup: Callable[..., dict[str, str]]) -> None:
    signup("ada", "lovelace-1815")
    r = client.post("/auth/token", data={"username": "ada", "password": "babbage-1822"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "nobody", "password": "whatever-1"})
    assert r.status_code == 401


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "ada"}).status_code == 422


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not.a.jwt", "Basic YWRhOmxvdmVsYWNl"],
)
def test_todos_require_valid_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_401(client: TestClient, settings: Settings, signup: Callable[..., dict[str, str]]) -> None:
    signup()
    past = int(time.time()) - 120
    token = jwt.encode({"sub": "1", "iat": past - 60, "exp": past}, settings.secret_key, "HS256")
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_signed_with_other_key_is_401(client: TestClient, signup: Callable[..., dict[str, str]]) -> None:
    signup()
    token = jwt.encode({"sub": "1", "exp": int(time.time()) + 60}, "x" * 32, "HS256")
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_for_deleted_user_is_401(client: TestClient, settings: Settings, signup: Callable[..., dict[str, str]]) -> None:
    headers = signup()
    with sqlite3.connect(settings.database_path) as conn:
        conn.execute("DELETE FROM users")
    assert client.get("/todos", headers=headers).status_code == 401
