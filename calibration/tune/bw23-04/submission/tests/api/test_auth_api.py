from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Login
from tests.fakes import FixedClock

CREDS = {"username": "kent", "password": "red-green-refactor"}


def test_register_answers_201_without_password(client: TestClient) -> None:
    resp = client.post("/auth/register", json=CREDS)
    assert resp.status_code == 201
    assert resp.json() == {"id": 1, "username": "kent"}


def test_register_duplicate_answers_409(client: TestClient) -> None:
    client.post("/auth/register", json=CREDS)
    resp = client.post("/auth/register", json=CREDS)
    assert resp.status_code == 409
    assert resp.json() == {"detail": "Username already taken"}


@pytest.mark.parametrize(
    "body",
    [
        {"username": "kent"},
        {"password": "red-green-refactor"},
        {"username": "ke", "password": "red-green-refactor"},
        {"username": "kent beck", "password": "red-green-refactor"},
        {"username": "kent", "password": "short"},
        {"username": "kent", "password": "x" * 73},
        {"username": ["kent"], "password": "red-green-refactor"},
        {**CREDS, "is_admin": True},
    ],
)
def test_register_rejects_invalid_bodies(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/register", json=body).status_code == 422


def test_login_returns_bearer_token(client: TestClient) -> None:
    client.post("/auth/register", json=CREDS)
    resp = client.post("/auth/token", data=CREDS)
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer"


@pytest.mark.parametrize("password", ["wrong-password", ""])
def test_login_with_bad_password_answers_401(client: TestClient, password: str) -> None:
    client.post("/auth/register", json=CREDS)
    resp = client.post("/auth/token", data={"username": "kent", "password": password})
    assert resp.status_code in (401, 422)
    if password:
        assert resp.status_code == 401
        assert resp.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user_answers_401(client: TestClient) -> None:
    assert client.post("/auth/token", data=CREDS).status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer not-a-token", "Basic a2VudDpwdw=="])
def test_protected_route_rejects_missing_or_bad_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    resp = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert resp.status_code == 401


def test_expired_token_answers_401(client: TestClient, login: Login, clock: FixedClock) -> None:
    headers = login("kent")
    clock.advance(timedelta(minutes=31))
    assert client.post("/posts", json={"title": "t", "content": "c"}, headers=headers).status_code == 401
