from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from app.settings import Settings

from .conftest import PASSWORD, Headers


def test_register_returns_201_and_no_secret_fields(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "carol", "password": PASSWORD})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert set(body) == {"id", "username", "created_at"}


def test_register_duplicate_is_409(client: TestClient, alice: Headers) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "carol"},
        {"username": "carol", "password": "short"},
        {"username": "c", "password": PASSWORD},
        {"username": "white space", "password": PASSWORD},
        {"username": ["carol"], "password": PASSWORD},
        {"username": "carol", "password": PASSWORD, "is_admin": True},
    ],
)
def test_register_validation(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_wrong_password(client: TestClient, alice: Headers) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})
    assert r.status_code == 401


def test_login_returns_expiry(client: TestClient, alice: Headers) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert r.json()["token_type"] == "bearer"
    assert r.json()["expires_in"] == 300


def test_me(client: TestClient, alice: Headers) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic YWxpY2U6cGFzc3dvcmQ="},
    ],
)
def test_protected_routes_reject_bad_credentials(
    client: TestClient, headers: Headers
) -> None:
    assert client.get("/todos", headers=headers).status_code == 401
    assert client.post("/todos", json={"title": "x"}, headers=headers).status_code == 401


def _forge(settings: Settings, secret: str | None = None, **overrides: object) -> Headers:
    now = datetime.now(UTC)
    claims: dict[str, object] = {"sub": "1", "iat": now, "exp": now + timedelta(minutes=5)}
    claims.update(overrides)
    token = jwt.encode(claims, secret or settings.jwt_secret.get_secret_value(), "HS256")
    return {"Authorization": f"Bearer {token}"}


def test_expired_token(client: TestClient, settings: Settings, alice: Headers) -> None:
    past = datetime.now(UTC) - timedelta(hours=1)
    headers = _forge(settings, iat=past, exp=past + timedelta(minutes=5))
    assert client.get("/todos", headers=headers).status_code == 401


def test_wrong_signature(client: TestClient, settings: Settings, alice: Headers) -> None:
    headers = _forge(settings, secret="x" * 48)
    assert client.get("/todos", headers=headers).status_code == 401


def test_token_without_exp(client: TestClient, settings: Settings, alice: Headers) -> None:
    token = jwt.encode(
        {"sub": "1", "iat": datetime.now(UTC)}, settings.jwt_secret.get_secret_value(), "HS256"
    )
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_for_deleted_or_unknown_user(client: TestClient, settings: Settings) -> None:
    assert client.get("/todos", headers=_forge(settings, sub="424242")).status_code == 401


def test_token_with_non_numeric_subject(client: TestClient, settings: Settings) -> None:
    assert client.get("/todos", headers=_forge(settings, sub="alice")).status_code == 401
