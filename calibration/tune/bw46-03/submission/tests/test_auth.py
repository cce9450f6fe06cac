from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import TEST_SECRET, AuthHeaders


def _token(sub: str, exp: datetime, secret: str = TEST_SECRET) -> dict[str, str]:
    tok = jwt.encode({"sub": sub, "exp": exp}, secret, algorithm="HS256")
    return {"Authorization": f"Bearer {tok}"}


def test_register_returns_public_fields_only(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}
    assert "correct-horse" not in r.text
    assert "hash" not in r.text


def test_register_duplicate_is_409(client: TestClient, auth: AuthHeaders) -> None:
    auth("alice")
    r = client.post("/auth/register", json={"username": "alice", "password": "another-one"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "alice"},
        {"username": "alice", "password": "short"},
        {"username": "al", "password": "long-enough"},
        {"username": "al ice", "password": "long-enough"},
        {"username": "alice", "password": "long-enough", "is_admin": True},
        {"username": 123, "password": "long-enough"},
        {"username": "alice", "password": "x" * 129},
    ],
)
def test_register_rejects_invalid_input(client: TestClient, body: dict[str, Any]) -> None:
    assert client.post("/auth/register", json=body).status_code == 422


def test_register_rejects_non_json(client: TestClient) -> None:
    r = client.post(
        "/auth/register", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422


def test_login_wrong_password_and_unknown_user(client: TestClient, auth: AuthHeaders) -> None:
    auth("alice")
    bad = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    unknown = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert bad.status_code == unknown.status_code == 401
    assert bad.json() == unknown.json()
    assert bad.headers["www-authenticate"] == "Bearer"


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, auth: AuthHeaders) -> None:
    r = client.get("/auth/me", headers=auth("alice"))
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWxpY2U6cGFzc3dvcmQ="},
    ],
)
def test_me_rejects_missing_or_malformed_token(
    client: TestClient, headers: dict[str, str]
) -> None:
    assert client.get("/auth/me", headers=headers).status_code == 401


def test_me_rejects_expired_forged_and_orphan_tokens(client: TestClient, auth: AuthHeaders) -> None:
    auth("alice")
    now = datetime.now(UTC)
    expired = _token("1", now - timedelta(minutes=1))
    forged = _token("1", now + timedelta(minutes=5), secret="some-other-secret-" + "y" * 30)
    orphan = _token("999", now + timedelta(minutes=5))
    not_an_id = _token("alice", now + timedelta(minutes=5))
    for headers in (expired, forged, orphan, not_an_id):
        assert client.get("/auth/me", headers=headers).status_code == 401
