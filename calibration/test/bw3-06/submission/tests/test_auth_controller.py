from fastapi.testclient import TestClient


class TestAuthController:
    def test_register_success(self, client: TestClient) -> None:
        response = client.post("/auth/register", json={"username": "john", "password": "Passw0rd!"})
        assert response.status_code == 201
        assert response.json() == {"id": 1, "username": "john"}

    def test_register_duplicate(self, client: TestClient) -> None:
        client.post("/auth/register", json={"username": "john", "password": "Passw0rd!"})
        response = client.post("/auth/register", json={"username": "john", "password": "Passw0rd!"})
        assert response.status_code == 409

    def test_register_invalid_payload(self, client: TestClient) -> None:
        response = client.post("/auth/register", json={"username": "jo", "password": "123"})
        assert response.status_code == 422

    def test_login_success(self, client: TestClient) -> None:
        client.post("/auth/register", json={"username": "john", "password": "Passw0rd!"})
        response = client.post("/auth/token", data={"username": "john", "password": "Passw0rd!"})
        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"

    def test_login_wrong_password(self, client: TestClient) -> None:
        client.post("/auth/register", json={"username": "john", "password": "Passw0rd!"})
        response = client.post("/auth/token", data={"username": "john", "password": "wrong"})
        assert response.status_code == 401

    def test_invalid_token(self, client: TestClient) -> None:
        response = client.post(
            "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer x.y.z"}
        )
        assert response.status_code == 401
