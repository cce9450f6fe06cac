from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session, select

from todo_api.config import Settings
from todo_api.models import AuditEvent, User
from todo_api.security import hash_password, verify_password

from .conftest import PASSWORD


def test_signup_returns_public_fields_only(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


def test_password_is_stored_hashed(client: TestClient, db: Session, alice: dict) -> None:
    user = db.exec(select(User).where(User.username == "alice")).one()
    assert PASSWORD not in user.password_hash
    assert user.password_hash.startswith("scrypt$")
    assert verify_password(PASSWORD, user.password_hash)


def test_hashes_are_salted() -> None:
    assert hash_password("same password!") != hash_password("same password!")


def test_duplicate_username_is_409(client: TestClient, alice: dict) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "Alice!", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "x" * 129},
        {"username": 123, "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
def test_signup_validation(client: TestClient, body: dict) -> None:
    r = client.post("/auth/signup", json=body)
    assert r.status_code == 422
    assert "detail" in r.json()


@pytest.mark.parametrize(
    "username,password",
    [("alice", "wrong password!!"), ("nobody", PASSWORD), ("alice", "x" * 10_000)],
)
def test_bad_login_is_401_and_audited(
    client: TestClient, db: Session, alice: dict, username: str, password: str
) -> None:
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"
    actions = db.exec(select(AuditEvent.action)).all()
    assert "auth.login_failed" in actions


def test_login_missing_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not-a-jwt", "Basic YWxpY2U6cHc=", "Bearer a.b.c"],
)
def test_protected_routes_need_valid_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    assert client.get("/todos", headers=headers).status_code == 401
    assert client.get("/auth/me", headers=headers).status_code == 401


def _token(settings: Settings, secret: str | None = None, **overrides: object) -> str:
    now = datetime.now(UTC)
    claims: dict[str, object] = {
        "sub": "1",
        "iss": "todo-api",
        "aud": "todo-api",
        "iat": now,
        "exp": now + timedelta(minutes=5),
    }
    claims.update(overrides)
    assert settings.jwt_secret is not None
    key = secret or settings.jwt_secret.get_secret_value()
    return jwt.encode(claims, key, algorithm="HS256")


@pytest.mark.parametrize(
    "kind",
    ["expired", "wrong_secret", "wrong_audience", "unknown_user", "no_exp"],
)
def test_rejected_tokens(client: TestClient, settings: Settings, alice: dict, kind: str) -> None:
    now = datetime.now(UTC)
    token = {
        "expired": lambda: _token(settings, exp=now - timedelta(seconds=1)),
        "wrong_secret": lambda: _token(settings, secret="y" * 48),
        "wrong_audience": lambda: _token(settings, aud="someone-else"),
        "unknown_user": lambda: _token(settings, sub="999"),
        "no_exp": lambda: jwt.encode(
            {"sub": "1", "iss": "todo-api", "aud": "todo-api", "iat": now},
            "x" * 48,
            algorithm="HS256",
        ),
    }[kind]()
    r = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_prod_requires_secret() -> None:
    with pytest.raises(ValueError):
        Settings(environment="prod", jwt_secret=None)
    assert Settings(environment="prod", jwt_secret=SecretStr("z" * 48)).jwt_secret is not None


def test_me(client: TestClient, alice: dict) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"
    assert "password_hash" not in r.json()
