from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from todo_api.settings import Settings

from .conftest import PASSWORD, Headers


def test_signup_returns_public_fields_only(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})

    assert response.status_code == 201
    assert response.json().keys() == {"id", "username"}


def test_signup_duplicate_username_conflicts(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})

    response = client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})

    assert response.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ada"},
        {"username": "ada", "password": "short"},
        {"username": "a", "password": PASSWORD},
        {"username": "ada lovelace", "password": PASSWORD},
        {"username": "ada", "password": PASSWORD, "is_admin": True},
        {"username": 42, "password": PASSWORD},
    ],
)
def test_signup_rejects_invalid_input(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=body).status_code == 422


def test_login_wrong_password(client: TestClient, login: Callable[[str], Headers]) -> None:
    login("ada")

    response = client.post("/auth/token", data={"username": "ada", "password": "wrong-password"})

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})

    assert response.status_code == 401


def test_login_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "ada"}).status_code == 422


def _token(settings: Settings, *, sub: str, minutes: int = 5, secret: str | None = None) -> str:
    key = secret or settings.jwt_secret.get_secret_value()
    exp = datetime.now(UTC) + timedelta(minutes=minutes)
    return jwt.encode({"sub": sub, "exp": exp}, key, algorithm="HS256")


def _bearer(token: str) -> Headers:
    return {"Authorization": f"Bearer {token}"}


BAD_CREDENTIALS: dict[str, Callable[[Settings], Headers]] = {
    "missing": lambda s: {},
    "garbage": lambda s: _bearer("not-a-jwt"),
    "expired": lambda s: _bearer(_token(s, sub="1", minutes=-1)),
    "wrong-secret": lambda s: _bearer(_token(s, sub="1", secret="x" * 48)),
    "unknown-user": lambda s: _bearer(_token(s, sub="999")),
    "non-numeric-sub": lambda s: _bearer(_token(s, sub="ada")),
}


@pytest.mark.parametrize("case", BAD_CREDENTIALS)
def test_todo_routes_reject_bad_credentials(
    client: TestClient, settings: Settings, login: Callable[[str], Headers], case: str
) -> None:
    login("ada")  # user id 1 exists, so only the token itself is at fault

    response = client.get("/todos", headers=BAD_CREDENTIALS[case](settings))

    assert response.status_code == 401
