from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from app import config

pytestmark = pytest.mark.auth


class TestSignup:
    def test_returns_201_and_never_the_password(self, client: TestClient) -> None:
        response = client.post("/auth/signup", json={"username": "alice", "password": "s3cure-pass"})

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "alice"
        assert isinstance(body["id"], int)
        assert "password" not in response.text
        assert "hash" not in response.text

    def test_duplicate_username_is_409(self, client: TestClient) -> None:
        payload = {"username": "alice", "password": "s3cure-pass"}
        assert client.post("/auth/signup", json=payload).status_code == 201

        response = client.post("/auth/signup", json=payload)

        assert response.status_code == 409
        assert response.json()["detail"] == "Username already taken"

    @pytest.mark.parametrize(
        "payload",
        [
            pytest.param({}, id="empty"),
            pytest.param({"username": "alice"}, id="missing-password"),
            pytest.param({"password": "s3cure-pass"}, id="missing-username"),
            pytest.param({"username": "al", "password": "s3cure-pass"}, id="username-too-short"),
            pytest.param({"username": "a" * 51, "password": "s3cure-pass"}, id="username-too-long"),
            pytest.param({"username": "alice smith", "password": "s3cure-pass"}, id="username-space"),
            pytest.param({"username": "alice", "password": "short"}, id="password-too-short"),
            pytest.param({"username": 123, "password": "s3cure-pass"}, id="username-wrong-type"),
            pytest.param({"username": "alice", "password": None}, id="password-null"),
        ],
    )
    def test_invalid_payload_is_422(self, client: TestClient, payload: dict[str, object]) -> None:
        response = client.post("/auth/signup", json=payload)

        assert response.status_code == 422
        assert response.json()["detail"]

    def test_password_is_stored_hashed(self, client: TestClient) -> None:
        import sqlite3

        client.post("/auth/signup", json={"username": "alice", "password": "s3cure-pass"})

        with sqlite3.connect(config.db_path()) as conn:
            (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
        assert stored != "s3cure-pass"
        assert stored.startswith("$argon2")


class TestLogin:
    def test_returns_bearer_token(self, client: TestClient) -> None:
        client.post("/auth/signup", json={"username": "alice", "password": "s3cure-pass"})

        response = client.post("/auth/token", data={"username": "alice", "password": "s3cure-pass"})

        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"
        assert response.json()["access_token"]

    def test_wrong_password_is_401(self, client: TestClient) -> None:
        client.post("/auth/signup", json={"username": "alice", "password": "s3cure-pass"})

        response = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})

        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"

    def test_unknown_user_is_401(self, client: TestClient) -> None:
        response = client.post("/auth/token", data={"username": "ghost", "password": "s3cure-pass"})

        assert response.status_code == 401

    def test_missing_form_fields_is_422(self, client: TestClient) -> None:
        response = client.post("/auth/token", data={"username": "alice"})

        assert response.status_code == 422

    def test_json_body_instead_of_form_is_422(self, client: TestClient) -> None:
        response = client.post("/auth/token", json={"username": "alice", "password": "s3cure-pass"})

        assert response.status_code == 422


PROTECTED = [
    ("get", "/todos"),
    ("post", "/todos"),
    ("get", "/todos/1"),
    ("patch", "/todos/1"),
    ("delete", "/todos/1"),
]


class TestProtectedRoutes:
    @pytest.mark.parametrize(("method", "url"), PROTECTED)
    def test_without_token_is_401(self, client: TestClient, method: str, url: str) -> None:
        response = client.request(method, url, json={"title": "x"})

        assert response.status_code == 401

    @pytest.mark.parametrize(
        "header",
        [
            pytest.param("Bearer not-a-jwt", id="garbage"),
            pytest.param("Token abc", id="wrong-scheme"),
            pytest.param("Bearer ", id="empty-token"),
        ],
    )
    def test_malformed_token_is_401(self, client: TestClient, header: str) -> None:
        response = client.get("/todos", headers={"Authorization": header})

        assert response.status_code == 401

    def test_expired_token_is_401(self, client: TestClient, alice: dict[str, str]) -> None:
        expired = jwt.encode(
            {"sub": "1", "exp": datetime.now(timezone.utc) - timedelta(minutes=1)},
            config.SECRET_KEY,
            algorithm=config.ALGORITHM,
        )

        response = client.get("/todos", headers={"Authorization": f"Bearer {expired}"})

        assert response.status_code == 401

    def test_token_signed_with_other_key_is_401(self, client: TestClient, alice: dict[str, str]) -> None:
        forged = jwt.encode(
            {"sub": "1", "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
            "some-other-key-that-is-long-enough-for-hs256",
            algorithm=config.ALGORITHM,
        )

        response = client.get("/todos", headers={"Authorization": f"Bearer {forged}"})

        assert response.status_code == 401

    @pytest.mark.parametrize("sub", ["9999", "not-a-number", str(2**70)])
    def test_token_for_unknown_subject_is_401(self, client: TestClient, sub: str) -> None:
        token = jwt.encode(
            {"sub": sub, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
            config.SECRET_KEY,
            algorithm=config.ALGORITHM,
        )

        response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

        assert response.status_code == 401

    def test_valid_token_is_accepted(
        self, client: TestClient, register: Callable[..., dict[str, str]]
    ) -> None:
        headers = register("carol")

        assert client.get("/todos", headers=headers).status_code == 200
