from fastapi.testclient import TestClient

from tests.conftest import register_and_login


class TestAuthController:
    def test_register_returns_201_without_password(self, client: TestClient) -> None:
        response = client.post("/api/v1/auth/register", json={"username": "jdoe", "password": "password123"})

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "jdoe"
        assert "id" in body
        assert "password" not in body and "passwordHash" not in body

    def test_register_duplicate_returns_409(self, client: TestClient) -> None:
        register_and_login(client, "jdoe")

        response = client.post("/api/v1/auth/register", json={"username": "jdoe", "password": "password123"})

        assert response.status_code == 409
        assert response.json()["error"] == "Conflict"

    def test_register_invalid_payload_returns_422(self, client: TestClient) -> None:
        assert client.post("/api/v1/auth/register", json={"username": "jd"}).status_code == 422
        assert client.post("/api/v1/auth/register", json={"username": "jdoe", "password": "short"}).status_code == 422
        assert client.post("/api/v1/auth/register", json={"username": "j doe!", "password": "password123"}).status_code == 422

    def test_login_bad_credentials_returns_401(self, client: TestClient) -> None:
        register_and_login(client, "jdoe")

        wrong_password = client.post("/api/v1/auth/login", data={"username": "jdoe", "password": "nope-nope"})
        unknown_user = client.post("/api/v1/auth/login", data={"username": "ghost", "password": "nope-nope"})

        assert wrong_password.status_code == 401
        assert unknown_user.status_code == 401

    def test_me_requires_valid_token(self, client: TestClient) -> None:
        headers = register_and_login(client, "jdoe")

        assert client.get("/api/v1/auth/me", headers=headers).json()["username"] == "jdoe"
        assert client.get("/api/v1/auth/me").status_code == 401
        assert client.get("/api/v1/auth/me", headers={"Authorization": "Bearer garbage"}).status_code == 401
