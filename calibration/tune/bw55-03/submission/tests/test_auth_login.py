import base64
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt
import pytest
from fastapi.testclient import TestClient

from app.config import settings
from app.security import create_access_token
from tests.conftest import DEFAULT_PASSWORD

RegisterFn = Callable[..., dict[str, Any]]


def _b64(data: dict[str, Any]) -> str:
    raw = json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_login_returns_bearer_token(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")

    response = client.post("/auth/login", data={"username": "alice", "password": DEFAULT_PASSWORD})

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert isinstance(body["access_token"], str) and body["access_token"]


def test_login_token_subject_is_username(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")
    token = client.post(
        "/auth/login", data={"username": "alice", "password": DEFAULT_PASSWORD}
    ).json()["access_token"]

    payload = jwt.decode(token, settings.SECRET_KEY, algorithms=[settings.ALGORITHM])
    assert payload["sub"] == "alice"
    assert "exp" in payload


def test_login_wrong_password_returns_401(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")

    response = client.post("/auth/login", data={"username": "alice", "password": "WrongPass123"})

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user_returns_401(client: TestClient) -> None:
    response = client.post("/auth/login", data={"username": "nobody", "password": DEFAULT_PASSWORD})
    assert response.status_code == 401


def test_login_errors_do_not_reveal_which_part_was_wrong(
    client: TestClient, register_user: RegisterFn
) -> None:
    register_user("alice")
    wrong_password = client.post("/auth/login", data={"username": "alice", "password": "nope-nope"})
    unknown_user = client.post("/auth/login", data={"username": "ghost", "password": "nope-nope"})

    assert wrong_password.json() == unknown_user.json()


def test_login_username_is_case_sensitive(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")
    response = client.post("/auth/login", data={"username": "ALICE", "password": DEFAULT_PASSWORD})
    assert response.status_code == 401


def test_login_password_is_case_sensitive(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")
    response = client.post(
        "/auth/login", data={"username": "alice", "password": DEFAULT_PASSWORD.upper()}
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    "form",
    [{}, {"username": "alice"}, {"password": DEFAULT_PASSWORD}],
    ids=["empty", "missing-password", "missing-username"],
)
def test_login_missing_fields_returns_422(client: TestClient, form: dict[str, str]) -> None:
    response = client.post("/auth/login", data=form)
    assert response.status_code == 422


def test_login_with_json_body_returns_422(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")
    response = client.post("/auth/login", json={"username": "alice", "password": DEFAULT_PASSWORD})
    assert response.status_code == 422


def test_failed_login_applies_delay(
    client: TestClient, register_user: RegisterFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_user("alice")
    monkeypatch.setattr(settings, "LOGIN_FAILURE_DELAY_SECONDS", 0.5)
    sleeps: list[float] = []
    monkeypatch.setattr("app.routers.auth.time.sleep", lambda seconds: sleeps.append(seconds))

    client.post("/auth/login", data={"username": "alice", "password": "WrongPass123"})

    assert sleeps == [0.5]


def test_successful_login_has_no_delay(
    client: TestClient, register_user: RegisterFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_user("alice")
    sleeps: list[float] = []
    monkeypatch.setattr("app.routers.auth.time.sleep", lambda seconds: sleeps.append(seconds))

    client.post("/auth/login", data={"username": "alice", "password": DEFAULT_PASSWORD})

    assert sleeps == []


# ----- /auth/me and token validation -----


def test_me_returns_current_user(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.get("/auth/me", headers=auth_headers)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"
    assert "hashed_password" not in response.json()


def test_me_without_token_returns_401(client: TestClient) -> None:
    response = client.get("/auth/me")
    assert response.status_code == 401
    assert response.json()["detail"] == "Not authenticated"


@pytest.mark.parametrize(
    "header",
    ["Token abc", "Basic YWxpY2U6cGFzcw==", "Bearer", "Bearer not-a-jwt", "bearer a.b.c"],
    ids=["wrong-scheme", "basic-auth", "empty-bearer", "garbage", "fake-jwt"],
)
def test_me_with_bad_authorization_header_returns_401(client: TestClient, header: str) -> None:
    response = client.get("/auth/me", headers={"Authorization": header})
    assert response.status_code == 401


def test_expired_token_returns_401(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")
    token = create_access_token("alice", expires_delta=timedelta(minutes=-1))

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_signed_with_other_secret_returns_401(
    client: TestClient, register_user: RegisterFn
) -> None:
    register_user("alice")
    expire = datetime.now(timezone.utc) + timedelta(minutes=5)
    token = jwt.encode(
        {"sub": "alice", "exp": expire},
        "some-other-secret-that-is-long-enough-123",
        algorithm="HS256",
    )

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_with_alg_none_returns_401(client: TestClient, register_user: RegisterFn) -> None:
    register_user("alice")
    token = _b64({"alg": "none", "typ": "JWT"}) + "." + _b64({"sub": "alice"}) + "."

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_without_subject_returns_401(client: TestClient) -> None:
    expire = datetime.now(timezone.utc) + timedelta(minutes=5)
    token = jwt.encode({"exp": expire}, settings.SECRET_KEY, algorithm=settings.ALGORITHM)

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_for_unknown_user_returns_401(client: TestClient) -> None:
    token = create_access_token("ghost")

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
