from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from inkwell.models import User
from inkwell.security import TokenKind, TokenService
from tests.conftest import PASSWORD, TEST_SECRET, Account

REGISTER = "/api/v1/auth/register"
TOKEN = "/api/v1/auth/token"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/auth/me"


def _tokens(secret: str = TEST_SECRET) -> TokenService:
    return TokenService(
        secret, algorithm="HS256", access_ttl=timedelta(minutes=15), refresh_ttl=timedelta(days=1)
    )


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- registration -----------------------------------------------------------------------------


def test_register_returns_the_user_without_password(client: TestClient) -> None:
    response = client.post(REGISTER, json={"username": "ada", "password": PASSWORD})

    assert response.status_code == 201
    assert set(response.json()) == {"id", "username", "created_at"}
    assert PASSWORD not in response.text


def test_register_stores_a_bcrypt_hash(client: TestClient) -> None:
    client.post(REGISTER, json={"username": "ada", "password": PASSWORD})

    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        user = session.exec(select(User).where(User.username == "ada")).one()
    assert user.password_hash.startswith("$2b$04$")
    assert PASSWORD not in user.password_hash


def test_register_duplicate_username_is_409(client: TestClient) -> None:
    client.post(REGISTER, json={"username": "ada", "password": PASSWORD})

    response = client.post(REGISTER, json={"username": "ada", "password": "another-password"})

    assert response.status_code == 409
    assert response.json() == {"detail": "Username is already taken"}


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({}, id="empty"),
        pytest.param({"username": "ada"}, id="no-password"),
        pytest.param({"password": PASSWORD}, id="no-username"),
        pytest.param({"username": "ad", "password": PASSWORD}, id="username-too-short"),
        pytest.param({"username": "a" * 33, "password": PASSWORD}, id="username-too-long"),
        pytest.param({"username": "ada lovelace", "password": PASSWORD}, id="username-space"),
        pytest.param({"username": "ada", "password": "short"}, id="password-too-short"),
        pytest.param({"username": "ada", "password": "x" * 73}, id="password-too-long"),
        pytest.param({"username": "ada", "password": "é" * 37}, id="password-over-72-bytes"),
        pytest.param({"username": "ada", "password": 12345678}, id="password-not-a-string"),
        pytest.param({"username": "ada", "password": PASSWORD, "admin": True}, id="extra-field"),
    ],
)
def test_register_rejects_invalid_input(client: TestClient, payload: dict[str, Any]) -> None:
    assert client.post(REGISTER, json=payload).status_code == 422


# --- login ------------------------------------------------------------------------------------


def test_login_returns_a_token_pair(client: TestClient, ada: Account) -> None:
    response = client.post(TOKEN, data={"username": "ada", "password": PASSWORD})

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    assert body["access_token"] != body["refresh_token"]


@pytest.mark.parametrize(
    ("username", "password"),
    [("ada", "wrong-password"), ("nobody", PASSWORD)],
    ids=["wrong-password", "unknown-user"],
)
def test_login_failures_are_401_and_indistinguishable(
    client: TestClient, ada: Account, username: str, password: str
) -> None:
    response = client.post(TOKEN, data={"username": username, "password": password})

    assert response.status_code == 401
    assert response.json() == {"detail": "Incorrect username or password"}
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_with_overlong_password_is_401_not_500(client: TestClient, ada: Account) -> None:
    response = client.post(TOKEN, data={"username": "ada", "password": PASSWORD * 10})
    assert response.status_code == 401


def test_login_requires_form_fields(client: TestClient) -> None:
    assert client.post(TOKEN, data={"username": "ada"}).status_code == 422


# --- access tokens ----------------------------------------------------------------------------


def test_me_with_access_token(client: TestClient, ada: Account) -> None:
    response = client.get(ME, headers=ada.headers)

    assert response.status_code == 200
    assert response.json()["username"] == "ada"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="missing"),
        pytest.param({"Authorization": "Bearer not-a-jwt"}, id="garbage"),
        pytest.param({"Authorization": "Basic YWRhOnB3"}, id="wrong-scheme"),
    ],
)
def test_me_rejects_missing_or_malformed_tokens(
    client: TestClient, headers: dict[str, str]
) -> None:
    assert client.get(ME, headers=headers).status_code == 401


def test_refresh_token_is_not_an_access_token(client: TestClient, ada: Account) -> None:
    assert client.get(ME, headers=_bearer(ada.refresh_token)).status_code == 401


def test_expired_access_token_is_401(client: TestClient, ada: Account) -> None:
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    expired = _tokens().issue(ada.id, TokenKind.ACCESS, now=an_hour_ago).token

    assert client.get(ME, headers=_bearer(expired)).status_code == 401


def test_token_signed_with_another_secret_is_401(client: TestClient, ada: Account) -> None:
    forged = _tokens("attacker-secret-" + "1" * 40).issue(ada.id, TokenKind.ACCESS).token

    assert client.get(ME, headers=_bearer(forged)).status_code == 401


def test_token_for_deleted_or_unknown_user_is_401(client: TestClient) -> None:
    token = _tokens().issue(424242, TokenKind.ACCESS).token

    assert client.get(ME, headers=_bearer(token)).status_code == 401


# --- refresh & logout -------------------------------------------------------------------------


def test_refresh_rotates_the_pair(client: TestClient, ada: Account) -> None:
    response = client.post(REFRESH, json={"refresh_token": ada.refresh_token})

    assert response.status_code == 200
    pair = response.json()
    assert pair["refresh_token"] != ada.refresh_token
    assert client.get(ME, headers=_bearer(pair["access_token"])).status_code == 200


def test_refresh_token_is_single_use_and_reuse_revokes_everything(
    client: TestClient, ada: Account
) -> None:
    rotated = client.post(REFRESH, json={"refresh_token": ada.refresh_token}).json()

    replay = client.post(REFRESH, json={"refresh_token": ada.refresh_token})
    assert replay.status_code == 401
    assert "reuse" in replay.json()["detail"]

    # The legitimate successor was revoked too: whoever holds it must log in again.
    assert client.post(REFRESH, json={"refresh_token": rotated["refresh_token"]}).status_code == 401


def test_reuse_detection_only_affects_that_user(
    client: TestClient, ada: Account, grace: Account
) -> None:
    client.post(REFRESH, json={"refresh_token": ada.refresh_token})
    client.post(REFRESH, json={"refresh_token": ada.refresh_token})

    assert client.post(REFRESH, json={"refresh_token": grace.refresh_token}).status_code == 200


def test_access_token_cannot_be_used_to_refresh(client: TestClient, ada: Account) -> None:
    response = client.post(REFRESH, json={"refresh_token": ada.access_token})
    assert response.status_code == 401


def test_refresh_token_not_on_record_is_401(client: TestClient, ada: Account) -> None:
    unknown = _tokens().issue(ada.id, TokenKind.REFRESH).token
    assert client.post(REFRESH, json={"refresh_token": unknown}).status_code == 401


@pytest.mark.parametrize(
    "payload",
    [pytest.param({}, id="missing"), pytest.param({"refresh_token": ""}, id="empty")],
)
def test_refresh_validates_body(client: TestClient, payload: dict[str, str]) -> None:
    assert client.post(REFRESH, json=payload).status_code == 422


def test_logout_revokes_the_refresh_token(client: TestClient, ada: Account) -> None:
    assert client.post(LOGOUT, json={"refresh_token": ada.refresh_token}).status_code == 204

    assert client.post(REFRESH, json={"refresh_token": ada.refresh_token}).status_code == 401


def test_logout_is_idempotent(client: TestClient, ada: Account) -> None:
    for _ in range(2):
        response = client.post(LOGOUT, json={"refresh_token": ada.refresh_token})
        assert response.status_code == 204
        assert response.content == b""


def test_logout_with_garbage_token_is_still_204(client: TestClient) -> None:
    assert client.post(LOGOUT, json={"refresh_token": "garbage"}).status_code == 204
