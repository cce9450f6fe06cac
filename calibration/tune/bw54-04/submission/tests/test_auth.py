from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from .conftest import API, TEST_SECRET, AuthFactory


def register(client: TestClient, username: str = "alice", password: str = "correct-horse-battery"):
    return client.post(f"{API}/auth/register", json={"username": username, "password": password})


def test_register_returns_public_fields_only(client: TestClient) -> None:
    r = register(client)
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["username"] == "alice"


def test_register_stores_a_bcrypt_hash(client: TestClient, repo) -> None:
    register(client)
    (user,) = repo.users.values()
    assert user.password_hash.startswith("$2b$")
    assert "correct-horse-battery" not in user.password_hash


def test_register_duplicate_username_conflicts(client: TestClient) -> None:
    assert register(client).status_code == 201
    r = register(client)
    assert r.status_code == 409
    assert r.json() == {"detail": "username already taken"}


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": "correct-horse-battery"},
        {"username": "al", "password": "correct-horse-battery"},
        {"username": "alice!", "password": "correct-horse-battery"},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 40 chars but 80 bytes
        {"username": "alice", "password": "correct\x00horse"},
        {"username": "alice", "password": "correct-horse-battery", "is_admin": True},
        {"username": 123, "password": "correct-horse-battery"},
    ],
)
def test_register_rejects_invalid_input(client: TestClient, payload: dict[str, object]) -> None:
    r = client.post(f"{API}/auth/register", json=payload)
    assert r.status_code == 422


def test_login_returns_bearer_token(client: TestClient) -> None:
    register(client)
    r = client.post(
        f"{API}/auth/token", data={"username": "alice", "password": "correct-horse-battery"}
    )
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong-password"), ("nobody", "correct-horse-battery"), ("ali\x00ce", "x" * 10)],
)
def test_login_rejects_bad_credentials(client: TestClient, username: str, password: str) -> None:
    register(client)
    r = client.post(f"{API}/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_requires_form_fields(client: TestClient) -> None:
    assert client.post(f"{API}/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, auth: AuthFactory) -> None:
    r = client.get(f"{API}/auth/me", headers=auth())
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


def _token(**claims: object) -> str:
    now = datetime.now(UTC)
    base: dict[str, object] = {"sub": "1", "iat": now, "exp": now + timedelta(minutes=5)}
    base.update(claims)
    return jwt.encode(base, TEST_SECRET, algorithm="HS256")


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer not-a-jwt",
        "Basic YWxpY2U6cGFzcw==",
        f"Bearer {_token(exp=datetime.now(UTC) - timedelta(seconds=1))}",
        f"Bearer {_token(sub='999')}",
        f"Bearer {_token(sub='not-an-int')}",
        f"Bearer {_token(sub=str(2**64))}",
        "Bearer " + jwt.encode({"sub": "1", "iat": 0, "exp": 2**31}, "other-secret", algorithm="HS256"),
    ],
)
def test_me_rejects_missing_or_invalid_token(client: TestClient, auth: AuthFactory, header: str | None) -> None:
    auth()  # user id 1 exists, so only the token itself is at fault
    headers = {"Authorization": header} if header else {}
    r = client.get(f"{API}/auth/me", headers=headers)
    assert r.status_code == 401
