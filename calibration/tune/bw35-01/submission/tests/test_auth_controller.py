from collections.abc import Callable

from fastapi.testclient import TestClient


class TestSignUp:
    def test_should_create_user_and_never_return_password(self, client: TestClient) -> None:
        response = client.post("/api/v1/auth/signup", json={"username": "alice", "password": "password123"})

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "alice"
        assert "id" in body
        assert "password" not in body and "passwordHash" not in body

    def test_should_return_409_when_username_taken(self, client: TestClient) -> None:
        client.post("/api/v1/auth/signup", json={"username": "alice", "password": "password123"})
        response = client.post("/api/v1/auth/signup", json={"username": "alice", "password": "password456"})

        assert response.status_code == 409

    def test_should_return_422_when_password_too_short(self, client: TestClient) -> None:
        response = client.post("/api/v1/auth/signup", json={"username": "alice", "password": "short"})

        assert response.status_code == 422

    def test_should_return_422_when_username_missing(self, client: TestClient) -> None:
        response = client.post("/api/v1/auth/signup", json={"password": "password123"})

        assert response.status_code == 422


class TestLogin:
    def test_should_return_bearer_token(self, client: TestClient) -> None:
        client.post("/api/v1/auth/signup", json={"username": "bob", "password": "password123"})

        response = client.post("/api/v1/auth/login", data={"username": "bob", "password": "password123"})

        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"
        assert response.json()["access_token"]

    def test_should_return_401_on_wrong_password(self, client: TestClient) -> None:
        client.post("/api/v1/auth/signup", json={"username": "bob", "password": "password123"})

        response = client.post("/api/v1/auth/login", data={"username": "bob", "password": "wrong-password"})

        assert response.status_code == 401

    def test_should_return_401_on_unknown_user(self, client: TestClient) -> None:
        response = client.post("/api/v1/auth/login", data={"username": "ghost", "password": "password123"})

        assert response.status_code == 401

    def test_me_requires_valid_token(
        self, client: TestClient, register_and_login: Callable[..., dict[str, str]]
    ) -> None:
        assert client.get("/api/v1/auth/me").status_code == 401
        assert client.get("/api/v1/auth/me", headers={"Authorization": "Bearer garbage"}).status_code == 401

        headers = register_and_login("carol")
        assert client.get("/api/v1/auth/me", headers=headers).json()["username"] == "carol"
