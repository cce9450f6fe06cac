import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import API, JWT_SECRET, Headers


def _token(claims: dict[str, object], secret: str = JWT_SECRET) -> Headers:
    return {"Authorization": f"Bearer {jwt.encode(claims, secret, algorithm='HS256')}"}


class TestRegister:
    def test_created_without_password_in_response(self, client: TestClient) -> None:
        resp = client.post(f"{API}/auth/register", json={"username": "carol", "password": "long enough"})
        assert resp.status_code == 201
        body = resp.json()
        assert set(body) == {"id", "username", "created_at"}
        assert body["username"] == "carol"

    def test_password_is_stored_as_bcrypt_hash(self, client: TestClient, db_path: Path) -> None:
        client.post(f"{API}/auth/register", json={"username": "carol", "password": "long enough"})
        with sqlite3.connect(db_path) as conn:
            (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
        assert stored != "long enough"
        assert stored.startswith("$2b$")

    def test_duplicate_username_conflicts(self, client: TestClient) -> None:
        payload = {"username": "carol", "password": "long enough"}
        assert client.post(f"{API}/auth/register", json=payload).status_code == 201
        resp = client.post(f"{API}/auth/register", json=payload)
        assert resp.status_code == 409
        assert resp.json() == {"detail": "Username already taken"}

    @pytest.mark.parametrize(
        "payload",
        [
            {"username": "carol"},
            {"password": "long enough"},
            {"username": "ca", "password": "long enough"},
            {"username": "has space", "password": "long enough"},
            {"username": "carol", "password": "short"},
            {"username": "carol", "password": "é" * 37},  # 74 bytes > bcrypt limit
            {"username": "carol", "password": "long enough", "is_admin": True},
            {"username": 123, "password": "long enough"},
        ],
    )
    def test_invalid_payloads_are_422(self, client: TestClient, payload: dict[str, object]) -> None:
        assert client.post(f"{API}/auth/register", json=payload).status_code == 422


class TestLogin:
    def test_success(self, client: TestClient, alice: Headers) -> None:
        resp = client.post(f"{API}/auth/token", data={"username": "alice", "password": "correct horse battery"})
        assert resp.status_code == 200
        body = resp.json()
        assert body["token_type"] == "bearer"
        assert body["expires_in"] == 30 * 60
        claims = jwt.decode(body["access_token"], JWT_SECRET, algorithms=["HS256"])
        assert claims["sub"].isdigit()

    @pytest.mark.parametrize(
        "form",
        [
            {"username": "alice", "password": "wrong password"},
            {"username": "nobody", "password": "correct horse battery"},
            {"username": "alice", "password": "x" * 100},
        ],
    )
    def test_bad_credentials_are_401(self, client: TestClient, alice: Headers, form: dict[str, str]) -> None:
        resp = client.post(f"{API}/auth/token", data=form)
        assert resp.status_code == 401
        assert resp.headers["www-authenticate"] == "Bearer"

    def test_missing_form_fields_are_422(self, client: TestClient) -> None:
        assert client.post(f"{API}/auth/token", data={"username": "alice"}).status_code == 422


class TestBearerToken:
    def test_missing_header(self, client: TestClient) -> None:
        assert client.get(f"{API}/todos").status_code == 401

    def test_not_a_jwt(self, client: TestClient) -> None:
        resp = client.get(f"{API}/todos", headers={"Authorization": "Bearer abc.def.ghi"})
        assert resp.status_code == 401

    def test_wrong_scheme(self, client: TestClient, alice: Headers) -> None:
        token = alice["Authorization"].removeprefix("Bearer ")
        assert client.get(f"{API}/todos", headers={"Authorization": f"Basic {token}"}).status_code == 401

    def test_expired(self, client: TestClient, alice: Headers) -> None:
        past = datetime.now(UTC) - timedelta(hours=2)
        headers = _token({"sub": "1", "iat": past, "exp": past + timedelta(minutes=5)})
        assert client.get(f"{API}/todos", headers=headers).status_code == 401

    def test_signed_with_another_secret(self, client: TestClient, alice: Headers) -> None:
        now = datetime.now(UTC)
        headers = _token({"sub": "1", "iat": now, "exp": now + timedelta(minutes=5)}, secret="y" * 40)
        assert client.get(f"{API}/todos", headers=headers).status_code == 401

    def test_missing_subject(self, client: TestClient) -> None:
        now = datetime.now(UTC)
        headers = _token({"iat": now, "exp": now + timedelta(minutes=5)})
        assert client.get(f"{API}/todos", headers=headers).status_code == 401

    def test_unknown_user(self, client: TestClient) -> None:
        now = datetime.now(UTC)
        headers = _token({"sub": "9999", "iat": now, "exp": now + timedelta(minutes=5)})
        assert client.get(f"{API}/todos", headers=headers).status_code == 401

    def test_non_numeric_subject(self, client: TestClient) -> None:
        now = datetime.now(UTC)
        headers = _token({"sub": "alice", "iat": now, "exp": now + timedelta(minutes=5)})
        assert client.get(f"{API}/todos", headers=headers).status_code == 401
