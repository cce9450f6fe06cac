from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from app.config import get_settings
from app.models import User
from tests.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.auth


def test_signup_returns_201_and_the_user(client: TestClient) -> None:
    resp = client.post("/auth/signup", json={"username": "carol", "password": "s3cret-enough"})

    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "carol"
    assert isinstance(body["id"], int)


def test_signup_never_returns_the_password(client: TestClient) -> None:
    resp = client.post("/auth/signup", json={"username": "carol", "password": "s3cret-enough"})

    body = resp.json()
    assert "password" not in body
    assert "hashed_password" not in body
    assert "s3cret-enough" not in resp.text


def test_password_is_stored_hashed(client: TestClient, db_session) -> None:
    client.post("/auth/signup", json={"username": "carol", "password": "s3cret-enough"})

    stored = db_session.query(User).filter_by(username="carol").one()
    assert stored.hashed_password != "s3cret-enough"
    assert stored.hashed_password.startswith("$argon2")


def test_signup_duplicate_username_is_409(client: TestClient, alice: User) -> None:
    resp = client.post("/auth/signup", json={"username": "alice", "password": "another-pass"})

    assert resp.status_code == 409
    assert resp.json()["detail"] == "Username already taken"


@pytest.mark.validation
@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({}, id="empty-body"),
        pytest.param({"username": "dave"}, id="missing-password"),
        pytest.param({"password": "long-enough-pw"}, id="missing-username"),
        pytest.param({"username": "da", "password": "long-enough-pw"}, id="username-too-short"),
        pytest.param({"username": "d" * 51, "password": "long-enough-pw"}, id="username-too-long"),
        pytest.param({"username": "dave smith", "password": "long-enough-pw"}, id="username-space"),
        pytest.param({"username": "dave", "password": "short"}, id="password-too-short"),
        pytest.param({"username": "dave", "password": "x" * 129}, id="password-too-long"),
        pytest.param({"username": 123, "password": "long-enough-pw"}, id="username-wrong-type"),
        pytest.param({"username": "dave", "password": None}, id="password-null"),
    ],
)
def test_signup_rejects_invalid_payload(client: TestClient, payload: dict) -> None:
    resp = client.post("/auth/signup", json=payload)

    assert resp.status_code == 422
    assert resp.json()["detail"], "422 should explain what is wrong"


def test_signup_rejects_non_json_body(client: TestClient) -> None:
    resp = client.post(
        "/auth/signup", content=b"not json", headers={"Content-Type": "application/json"}
    )

    assert resp.status_code == 422


def test_login_returns_bearer_token(client: TestClient, alice: User) -> None:
    resp = client.post("/auth/token", data={"username": "alice", "password": DEFAULT_PASSWORD})

    assert resp.status_code == 200
    body = resp.json()
    assert body["token_type"] == "bearer"
    assert body["access_token"]


def test_signup_then_login_roundtrip(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "erin", "password": "erins-password"})

    resp = client.post("/auth/token", data={"username": "erin", "password": "erins-password"})

    assert resp.status_code == 200


@pytest.mark.parametrize(
    ("username", "password"),
    [
        pytest.param("alice", "wrong-password", id="wrong-password"),
        pytest.param("nobody", DEFAULT_PASSWORD, id="unknown-user"),
        pytest.param("ALICE", DEFAULT_PASSWORD, id="username-is-case-sensitive"),
    ],
)
def test_login_with_bad_credentials_is_401(
    client: TestClient, alice: User, username: str, password: str
) -> None:
    resp = client.post("/auth/token", data={"username": username, "password": password})

    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"] == "Bearer"


def test_login_missing_form_fields_is_422(client: TestClient) -> None:
    resp = client.post("/auth/token", data={"username": "alice"})

    assert resp.status_code == 422


def _token(sub: str | None, *, minutes: int = 5, secret: str | None = None) -> str:
    settings = get_settings()
    payload: dict[str, object] = {
        "exp": datetime.now(timezone.utc) + timedelta(minutes=minutes)
    }
    if sub is not None:
        payload["sub"] = sub
    return jwt.encode(payload, secret or settings.secret_key, algorithm=settings.jwt_algorithm)


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="no-header"),
        pytest.param({"Authorization": "Bearer"}, id="empty-bearer"),
        pytest.param({"Authorization": "Basic YWxpY2U6cHc="}, id="wrong-scheme"),
        pytest.param({"Authorization": "Bearer not-a-jwt"}, id="garbage-token"),
        pytest.param(
            {"Authorization": f"Bearer {_token('alice', secret='someone-elses-key')}"},
            id="wrong-signature",
        ),
        pytest.param({"Authorization": f"Bearer {_token('alice', minutes=-1)}"}, id="expired"),
        pytest.param({"Authorization": f"Bearer {_token('ghost')}"}, id="user-does-not-exist"),
        pytest.param({"Authorization": f"Bearer {_token(None)}"}, id="no-subject"),
    ],
)
def test_protected_route_rejects_bad_credentials(
    client: TestClient, alice: User, headers: dict[str, str]
) -> None:
    resp = client.get("/todos", headers=headers)

    assert resp.status_code == 401
