from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD

SECRET = "t" * 48


def _forge(**overrides: object) -> dict[str, str]:
    now = datetime.now(UTC)
    claims: dict[str, object] = {
        "sub": "1", "iss": "blog-api", "aud": "blog-api", "iat": now, "nbf": now,
        "exp": now + timedelta(minutes=5), "jti": "x",
    }
    claims.update(overrides)
    key = str(claims.pop("_key", SECRET))
    return {"Authorization": "Bearer " + jwt.encode(claims, key, algorithm="HS256")}


def test_register_never_returns_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "alice"}


def test_register_duplicate(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "ü" * 40},
        {"username": "al", "password": PASSWORD},
        {"username": "alice!", "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
        {"username": 12345, "password": PASSWORD},
        {"username": "alice"},
    ],
)
def test_register_rejects_bad_input(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/register", json=body).status_code == 422


def test_login_wrong_password(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-password-123"})
    assert r.status_code == 401


def test_login_unknown_user(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert r.status_code == 401


def test_login_is_rate_limited(client: TestClient) -> None:
    codes = [
        client.post("/auth/token", data={"username": "nobody", "password": PASSWORD}).status_code
        for _ in range(6)
    ]
    assert codes == [401] * 5 + [429]
    r = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert int(r.headers["Retry-After"]) >= 1


def test_me(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=alice).json()["username"] == "alice"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer garbage"},
        {"Authorization": "Basic YWxpY2U6cGFzcw=="},
        _forge(_key="k" * 48),
        _forge(exp=datetime.now(UTC) - timedelta(seconds=1)),
        _forge(aud="someone-else"),
        _forge(iss="someone-else"),
        _forge(sub="999"),
        _forge(sub="not-a-number"),
    ],
)
def test_bad_tokens_are_401(client: TestClient, alice: dict[str, str], headers: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=headers).status_code == 401


def test_security_headers(client: TestClient) -> None:
    r = client.get("/posts")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"
