from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

REGISTER_URL = "/api/v1/auth/register"
TOKEN_URL = "/api/v1/auth/token"


class TestRegister:
    def test_register_returns_201_and_never_exposes_password(self, client: TestClient) -> None:
        response = client.post(REGISTER_URL, json={"username": "alice", "password": "s3cret-pass"})

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "alice"
        assert "id" in body
        assert "password" not in body
        assert "password_hash" not in body

    def test_register_duplicate_username_returns_409(self, client: TestClient) -> None:
        payload = {"username": "alice", "password": "s3cret-pass"}
        client.post(REGISTER_URL, json=payload)

        response = client.post(REGISTER_URL, json=payload)

        assert response.status_code == 409

    def test_register_short_password_returns_422(self, client: TestClient) -> None:
        response = client.post(REGISTER_URL, json={"username": "alice", "password": "short"})

        assert response.status_code == 422

    def test_register_missing_username_returns_422(self, client: TestClient) -> None:
        response = client.post(REGISTER_URL, json={"password": "s3cret-pass"})

        assert response.status_code == 422

    def test_register_password_over_72_bytes_returns_422(self, client: TestClient) -> None:
        response = client.post(REGISTER_URL, json={"username": "alice", "password": "é" * 40})

        assert response.status_code == 422


class TestLogin:
    def test_login_with_valid_credentials_returns_bearer_token(self, client: TestClient) -> None:
        client.post(REGISTER_URL, json={"username": "bob", "password": "s3cret-pass"})

        response = client.post(TOKEN_URL, data={"username": "bob", "password": "s3cret-pass"})

        assert response.status_code == 200
        body = response.json()
        assert body["token_type"] == "bearer"
        assert body["access_token"]

    def test_login_with_wrong_password_returns_401(self, client: TestClient) -> None:
        client.post(REGISTER_URL, json={"username": "bob", "password": "s3cret-pass"})

        response = client.post(TOKEN_URL, data={"username": "bob", "password": "wrong-pass"})

        assert response.status_code == 401

    def test_login_with_unknown_user_returns_401(self, client: TestClient) -> None:
        response = client.post(TOKEN_URL, data={"username": "ghost", "password": "whatever1"})

        assert response.status_code == 401

    def test_me_returns_current_user(
        self, client: TestClient, register_and_login: Callable[..., dict[str, str]]
    ) -> None:
        headers = register_and_login("carol")

        response = client.get("/api/v1/auth/me", headers=headers)

        assert response.status_code == 200
        assert response.json()["username"] == "carol"
