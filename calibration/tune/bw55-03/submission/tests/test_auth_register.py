from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.models import User
from tests.conftest import DEFAULT_PASSWORD, TestingSessionLocal


def test_register_returns_201_with_user(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "created_at" in body


def test_register_response_never_contains_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})

    assert response.status_code == 201
    assert set(response.json().keys()) == {"id", "username", "created_at"}
    assert DEFAULT_PASSWORD not in response.text
    assert "hashed_password" not in response.text
    assert "$2b$" not in response.text


def test_register_stores_bcrypt_hash_not_plaintext(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})

    with TestingSessionLocal() as db:
        user = db.query(User).filter(User.username == "alice").one()
    assert user.hashed_password != DEFAULT_PASSWORD
    assert user.hashed_password.startswith("$2b$")


def test_register_same_password_gives_different_hashes(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})
    client.post("/auth/register", json={"username": "bob", "password": DEFAULT_PASSWORD})

    with TestingSessionLocal() as db:
        hashes = {u.hashed_password for u in db.query(User).all()}
    assert len(hashes) == 2


def test_register_duplicate_username_returns_409(client: TestClient) -> None:
    payload = {"username": "alice", "password": DEFAULT_PASSWORD}
    assert client.post("/auth/register", json=payload).status_code == 201

    response = client.post("/auth/register", json=payload)

    assert response.status_code == 409
    assert response.json()["detail"] == "Username already taken"


def test_register_duplicate_does_not_create_second_user(client: TestClient) -> None:
    payload = {"username": "alice", "password": DEFAULT_PASSWORD}
    client.post("/auth/register", json=payload)
    client.post("/auth/register", json={**payload, "password": "AnotherPass1"})

    with TestingSessionLocal() as db:
        assert db.query(User).count() == 1


@pytest.mark.parametrize(
    "username",
    ["abc", "a" * 50, "alice_01", "a.b-c_d", "ALICE", "123"],
    ids=["min-length", "max-length", "underscore-digits", "dot-dash", "uppercase", "digits"],
)
def test_register_accepts_valid_usernames(client: TestClient, username: str) -> None:
    response = client.post("/auth/register", json={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "username",
    ["", "ab", "a" * 51, "with space", "semi;colon", "quote'", "<script>", "ünïcödé", "tab\tname"],
    ids=[
        "empty",
        "too-short",
        "too-long",
        "space",
        "semicolon",
        "quote",
        "html",
        "non-ascii",
        "tab",
    ],
)
def test_register_rejects_invalid_usernames(client: TestClient, username: str) -> None:
    response = client.post("/auth/register", json={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "username"]


@pytest.mark.parametrize(
    "password",
    ["a" * 8, "a" * 72, "é" * 36, "pass word 123"],
    ids=["min-length", "72-bytes", "72-bytes-multibyte", "with-spaces"],
)
def test_register_accepts_valid_passwords(client: TestClient, password: str) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": password})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "password",
    ["", "short", "a" * 7, " " * 8, "a" * 73, "é" * 37],
    ids=["empty", "short", "seven-chars", "blank", "73-bytes", "74-bytes-multibyte"],
)
def test_register_rejects_invalid_passwords(client: TestClient, password: str) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": password})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "password"]


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "alice"},
        {"password": DEFAULT_PASSWORD},
        {"username": None, "password": DEFAULT_PASSWORD},
        {"username": 12345, "password": DEFAULT_PASSWORD},
        {"username": ["alice"], "password": DEFAULT_PASSWORD},
        {"username": "alice", "password": 12345678},
        {"username": "alice", "password": None},
    ],
    ids=[
        "empty-object",
        "missing-password",
        "missing-username",
        "null-username",
        "int-username",
        "list-username",
        "int-password",
        "null-password",
    ],
)
def test_register_rejects_malformed_payloads(client: TestClient, payload: dict[str, Any]) -> None:
    response = client.post("/auth/register", json=payload)
    assert response.status_code == 422


def test_register_rejects_invalid_json(client: TestClient) -> None:
    response = client.post(
        "/auth/register",
        content=b'{"username": "alice",',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422


def test_register_rejects_json_array(client: TestClient) -> None:
    response = client.post("/auth/register", json=[{"username": "alice", "password": DEFAULT_PASSWORD}])
    assert response.status_code == 422


def test_register_ignores_unknown_fields(client: TestClient) -> None:
    response = client.post(
        "/auth/register",
        json={"username": "alice", "password": DEFAULT_PASSWORD, "is_admin": True, "id": 999},
    )
    assert response.status_code == 201
    assert "is_admin" not in response.json()
    assert response.json()["id"] != 999


def test_register_validation_error_has_useful_message(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "short"})
    error = response.json()["detail"][0]
    assert error["type"] == "string_too_short"
    assert "8" in error["msg"]
