from datetime import datetime, timedelta, timezone

import jwt
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import PASSWORD
from todo_service.config import get_settings
from todo_service.db import SessionLocal
from todo_service.models import AuditEvent, User


def test_signup_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert set(body) == {"id", "username", "created_at"}


def test_password_is_stored_hashed(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    with SessionLocal() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "alice"))
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_duplicate_username_conflicts(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 409


def test_signup_validation(client: TestClient) -> None:
    cases = [
        {"username": "alice", "password": "short"},
        {"username": "a", "password": PASSWORD},
        {"username": "bad name!", "password": PASSWORD},
        {"username": "alice"},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
        {"username": 123, "password": PASSWORD},
    ]
    for payload in cases:
        assert client.post("/auth/signup", json=payload).status_code == 422, payload


def test_login_success_and_token_type(client: TestClient, make_user) -> None:  # type: ignore[no-untyped-def]
    headers = make_user("alice")
    assert headers["Authorization"].startswith("Bearer ")


def test_login_wrong_password_and_unknown_user_look_the_same(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    wrong = client.post("/auth/token", data={"username": "alice", "password": "nope-nope-nope"})
    unknown = client.post("/auth/token", data={"username": "bob", "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_login_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_lockout_after_repeated_failures(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    limit = get_settings().login_max_failures
    for _ in range(limit):
        bad = client.post("/auth/token", data={"username": "alice", "password": "wrong-wrong"})
        assert bad.status_code == 401
    locked = client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert locked.status_code == 429


def test_auth_events_are_audited(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    client.post("/auth/token", data={"username": "alice", "password": "wrong-wrong"})
    with SessionLocal() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.action, e.outcome) for e in events] == [
        ("auth.signup", "success"),
        ("auth.login", "failure"),
    ]
    assert all(e.request_id for e in events)


def _token(**overrides: object) -> str:
    settings = get_settings()
    now = datetime.now(timezone.utc)
    claims: dict[str, object] = {
        "sub": "1",
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(minutes=5),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
    }
    claims.update(overrides)
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")


def test_rejects_missing_and_malformed_tokens(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    bad = client.get("/todos", headers={"Authorization": "Bearer not-a-jwt"})
    assert bad.status_code == 401
    assert bad.headers["www-authenticate"] == "Bearer"


def test_rejects_expired_token(client: TestClient, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user("alice")
    past = datetime.now(timezone.utc) - timedelta(hours=1)
    token = _token(iat=past, nbf=past, exp=past + timedelta(minutes=1))
    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_rejects_token_with_wrong_audience_or_signature(client: TestClient, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user("alice")
    wrong_aud = _token(aud="someone-else")
    forged = jwt.encode({"sub": "1"}, "x" * 40, algorithm="HS256")
    for token in (wrong_aud, forged):
        response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401


def test_rejects_token_for_deleted_user(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": f"Bearer {_token(sub='999')}"})
    assert response.status_code == 401
