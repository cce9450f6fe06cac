from datetime import datetime, timedelta, timezone

import jwt
import pytest
from sqlmodel import Session, select

from app.config import get_settings
from app.models import User


@pytest.mark.smoke
def test_register_returns_201_and_public_fields_only(client):
    resp = client.post("/auth/register", json={"username": "alice", "password": "Passw0rd!"})
    assert resp.status_code == 201
    body = resp.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["username"] == "alice"


@pytest.mark.security
def test_password_is_stored_hashed(client, session: Session):
    client.post("/auth/register", json={"username": "alice", "password": "Passw0rd!"})
    user = session.exec(select(User).where(User.username == "alice")).one()
    assert user.hashed_password != "Passw0rd!"
    assert user.hashed_password.startswith("$2")  # bcrypt


@pytest.mark.smoke
def test_login_and_me(client, register_user, login):
    register_user("alice")
    headers = login("alice")
    resp = client.get("/auth/me", headers=headers)
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"
    assert "hashed_password" not in resp.json()


@pytest.mark.negative
def test_register_duplicate_username_returns_409(client, register_user):
    register_user("alice")
    resp = client.post("/auth/register", json={"username": "alice", "password": "Other123!"})
    assert resp.status_code == 409


@pytest.mark.negative
@pytest.mark.boundary
@pytest.mark.parametrize(
    "payload, reason",
    [
        ({"password": "Passw0rd!"}, "missing username"),
        ({"username": "alice"}, "missing password"),
        ({"username": "ab", "password": "Passw0rd!"}, "username below min (2)"),
        ({"username": "a" * 51, "password": "Passw0rd!"}, "username above max (51)"),
        ({"username": "al ice", "password": "Passw0rd!"}, "username with space"),
        ({"username": "alice", "password": "short12"}, "password below min (7)"),
        ({"username": "alice", "password": "p" * 73}, "password above 72 bytes"),
        ({"username": "alice", "password": "é" * 37}, "multibyte password above 72 bytes"),
        ({"username": 12345, "password": "Passw0rd!"}, "username wrong type"),
        ([], "body is not an object"),
    ],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_register_validation_returns_422(client, payload, reason):
    resp = client.post("/auth/register", json=payload)
    assert resp.status_code == 422, reason


@pytest.mark.boundary
@pytest.mark.parametrize(
    "username, password",
    [("abc", "Passw0rd"), ("a" * 50, "p" * 72), ("multibyte", "é" * 36)],
    ids=["min-lengths", "max-lengths", "multibyte-72-bytes"],
)
def test_register_accepts_boundary_values(client, username, password):
    resp = client.post("/auth/register", json={"username": username, "password": password})
    assert resp.status_code == 201
    login = client.post("/auth/token", data={"username": username, "password": password})
    assert login.status_code == 200


@pytest.mark.negative
@pytest.mark.parametrize(
    "username, password",
    [("alice", "WrongPass1"), ("nobody", "Passw0rd!")],
    ids=["wrong-password", "unknown-user"],
)
def test_login_bad_credentials_returns_401(client, register_user, username, password):
    register_user("alice")
    resp = client.post("/auth/token", data={"username": username, "password": password})
    assert resp.status_code == 401
    assert resp.headers.get("www-authenticate") == "Bearer"


@pytest.mark.negative
def test_login_missing_form_fields_returns_422(client):
    assert client.post("/auth/token", data={}).status_code == 422


def _token(sub: str, *, minutes: int = 5, key: str | None = None) -> str:
    settings = get_settings()
    payload = {"sub": sub, "exp": datetime.now(timezone.utc) + timedelta(minutes=minutes)}
    return jwt.encode(payload, key or settings.secret_key, algorithm="HS256")


@pytest.mark.security
@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer",
        "Bearer not.a.jwt",
        "Basic YWxpY2U6UGFzc3cwcmQh",
        f"Bearer {_token('1', key='attacker-controlled-key-of-sufficient-length')}",
        f"Bearer {_token('1', minutes=-1)}",
        f"Bearer {_token('not-an-int')}",
        f"Bearer {_token('999')}",
    ],
    ids=[
        "no-header",
        "empty-bearer",
        "garbage",
        "wrong-scheme",
        "forged-signature",
        "expired",
        "non-int-sub",
        "unknown-user",
    ],
)
def test_protected_route_rejects_bad_tokens_with_401(client, register_user, header):
    register_user("alice")
    headers = {"Authorization": header} if header else {}
    resp = client.get("/todos", headers=headers)
    assert resp.status_code == 401
