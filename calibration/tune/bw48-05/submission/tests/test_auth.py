from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from app.config import get_settings
from tests.conftest import PASSWORD


def test_signup_returns_user_without_password(client: TestClient, new_username: Callable[[], str]) -> None:
    username = new_username()
    response = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == username
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


def test_signup_duplicate_username_is_409(client: TestClient, new_username: Callable[[], str]) -> None:
    payload = {"username": new_username(), "password": PASSWORD}
    assert client.post("/auth/signup", json=payload).status_code == 201
    response = client.post("/auth/signup", json=payload)
    assert response.status_code == 409
    assert response.json() == {"detail": "Username already taken"}


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ab", "password": PASSWORD},
        {"username": "has space", "password": PASSWORD},
        {"username": "valid_name", "password": "short"},
        {"username": "valid_name"},
        {"password": PASSWORD},
        {"username": 123, "password": PASSWORD},
        {"username": "valid_name", "password": PASSWORD, "is_admin": True},
    ],
)
def test_signup_rejects_bad_input(client: TestClient, payload: dict) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_login_wrong_password_is_401(client: TestClient, new_username: Callable[[], str]) -> None:
    username = new_username()
    client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    response = client.post("/auth/token", data={"username": username, "password": "not the password"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient, new_username: Callable[[], str]) -> None:
    response = client.post("/auth/token", data={"username": new_username(), "password": PASSWORD})
    assert response.status_code == 401


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "someone"}).status_code == 422


def test_me(client: TestClient, auth_headers: Callable[[], dict[str, str]]) -> None:
    response = client.get("/auth/me", headers=auth_headers())
    assert response.status_code == 200
    assert response.json()["username"].startswith("user_")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer garbage"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
    ],
)
def test_me_rejects_missing_or_bad_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=headers).status_code == 401


def test_expired_token_is_401(client: TestClient) -> None:
    settings = get_settings()
    past = datetime.now(timezone.utc) - timedelta(hours=2)
    token = jwt.encode(
        {"sub": "1", "iat": past, "exp": past + timedelta(minutes=5)},
        settings.jwt_secret.get_secret_value(),
        algorithm=settings.jwt_algorithm,
    )
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_token_signed_with_other_secret_is_401(client: TestClient) -> None:
    token = jwt.encode(
        {"sub": "1", "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
        "some-other-secret",
        algorithm="HS256",
    )
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
