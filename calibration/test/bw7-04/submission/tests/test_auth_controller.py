import pytest
from fastapi.testclient import TestClient

from tests.conftest import DEFAULT_PASSWORD, register_and_login


class TestAuthController:
    def test_register_returns_201_without_password(self, client: TestClient) -> None:
        response = client.post("/api/auth/register", json={"username": "john_doe", "password": DEFAULT_PASSWORD})

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "john_doe"
        assert "password" not in body
        assert "passwordHash" not in body

    def test_register_duplicate_username_returns_409(self, client: TestClient) -> None:
        register_and_login(client, "john_doe")

        response = client.post("/api/auth/register", json={"username": "john_doe", "password": DEFAULT_PASSWORD})

        assert response.status_code == 409
        assert response.json()["status"] == 409

    @pytest.mark.parametrize(
        "payload",
        [
            {"username": "jo", "password": DEFAULT_PASSWORD},
            {"username": "john doe", "password": DEFAULT_PASSWORD},
            {"username": "john_doe", "password": "short"},
            {"username": "john_doe"},
            {},
        ],
    )
    def test_register_invalid_payload_returns_422(self, client: TestClient, payload: dict[str, str]) -> None:
        response = client.post("/api/auth/register", json=payload)

        assert response.status_code == 422

    def test_login_with_wrong_password_returns_401(self, client: TestClient) -> None:
        register_and_login(client, "john_doe")

        response = client.post("/api/auth/login", json={"username": "john_doe", "password": "WrongPassword1"})

        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"

    def test_login_with_unknown_user_returns_401(self, client: TestClient) -> None:
        response = client.post("/api/auth/login", json={"username": "nobody", "password": DEFAULT_PASSWORD})

        assert response.status_code == 401

    def test_me_returns_current_user(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")

        response = client.get("/api/auth/me", headers=headers)

        assert response.status_code == 200
        assert response.json()["username"] == "john_doe"

    def test_me_without_token_returns_401(self, client: TestClient) -> None:
        assert client.get("/api/auth/me").status_code == 401

    def test_me_with_invalid_token_returns_401(self, client: TestClient) -> None:
        response = client.get("/api/auth/me", headers={"Authorization": "Bearer invalid.token.value"})

        assert response.status_code == 401
