from fastapi.testclient import TestClient

from tests.conftest import API


class TestSignup:
    def test_signup_success(self, client: TestClient) -> None:
        response = client.post(f"{API}/auth/signup", json={"username": "john", "password": "password123"})
        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "john"
        assert "password" not in body
        assert "hashed_password" not in body

    def test_signup_duplicate_username(self, client: TestClient) -> None:
        payload = {"username": "john", "password": "password123"}
        client.post(f"{API}/auth/signup", json=payload)
        assert client.post(f"{API}/auth/signup", json=payload).status_code == 409

    def test_signup_short_password(self, client: TestClient) -> None:
        response = client.post(f"{API}/auth/signup", json={"username": "john", "password": "short"})
        assert response.status_code == 422


class TestLogin:
    def test_login_success(self, client: TestClient) -> None:
        client.post(f"{API}/auth/signup", json={"username": "john", "password": "password123"})
        response = client.post(f"{API}/auth/token", data={"username": "john", "password": "password123"})
        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"

    def test_login_wrong_password(self, client: TestClient) -> None:
        client.post(f"{API}/auth/signup", json={"username": "john", "password": "password123"})
        response = client.post(f"{API}/auth/token", data={"username": "john", "password": "wrongpass"})
        assert response.status_code == 401

    def test_invalid_token_rejected(self, client: TestClient) -> None:
        response = client.get(f"{API}/todos", headers={"Authorization": "Bearer garbage"})
        assert response.status_code == 401
