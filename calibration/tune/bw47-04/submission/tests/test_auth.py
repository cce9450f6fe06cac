from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from blog.models import User
from blog.security import create_access_token
from tests.conftest import PASSWORD, TEST_SECRET, Headers


def test_signup_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 201
    assert response.json() == {"id": 1, "username": "alice"}


def test_signup_duplicate_username_conflicts(
    client: TestClient, register: Callable[[str], Headers]
) -> None:
    register("alice")

    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice!", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "x" * 129},
        {"username": ["alice"], "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
def test_signup_rejects_invalid_payload(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_password_is_hashed_at_rest(app: FastAPI, register: Callable[[str], Headers]) -> None:
    register("alice")

    with app.state.session_factory() as db:
        stored = db.scalar(select(User.password_hash))

    assert stored is not None
    assert PASSWORD not in stored
    assert stored.startswith("$argon2id$")


@pytest.mark.parametrize(("username", "password"), [("alice", "wrong-password"), ("mallory", PASSWORD)])
def test_login_with_bad_credentials_is_401(
    client: TestClient, register: Callable[[str], Headers], username: str, password: str
) -> None:
    register("alice")

    response = client.post("/auth/token", data={"username": username, "password": password})

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_me_returns_current_user(client: TestClient, alice: Headers) -> None:
    response = client.get("/auth/me", headers=alice)

    assert response.status_code == 200
    assert response.json()["username"] == "alice"


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic YWxpY2U6cHc="])
def test_me_rejects_missing_or_bad_credentials(client: TestClient, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}

    assert client.get("/auth/me", headers=headers).status_code == 401


def test_expired_token_is_rejected(client: TestClient, alice: Headers) -> None:
    an_hour_ago = datetime.now(timezone.utc) - timedelta(hours=1)
    token = create_access_token(1, TEST_SECRET, timedelta(minutes=5), now=an_hour_ago)

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_signed_with_another_key_is_rejected(client: TestClient, alice: Headers) -> None:
    token = create_access_token(1, "some-other-key-that-is-also-long-enough", timedelta(minutes=5))

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_for_unknown_user_is_rejected(client: TestClient) -> None:
    token = create_access_token(42, TEST_SECRET, timedelta(minutes=5))

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
