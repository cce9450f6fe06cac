from fastapi.testclient import TestClient

from tests.conftest import Api


class TestAuthController:
    def test_Register_ValidRequest_Returns201WithoutPassword(self, client: TestClient) -> None:
        # Act
        response = client.post(
            "/api/auth/register", json={"username": "alice", "password": "correct-horse"}
        )

        # Assert
        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "alice"
        assert isinstance(body["id"], int)
        assert "password" not in body and "password_hash" not in body

    def test_Register_DuplicateUsername_Returns409(self, api: Api) -> None:
        # Arrange
        api.register("alice")

        # Act
        response = api.client.post(
            "/api/auth/register", json={"username": "alice", "password": "another-one"}
        )

        # Assert
        assert response.status_code == 409
        assert response.headers["content-type"] == "application/problem+json"

    def test_Register_ShortPassword_Returns422(self, client: TestClient) -> None:
        response = client.post("/api/auth/register", json={"username": "bob", "password": "short"})
        assert response.status_code == 422

    def test_Register_PasswordLongerThan72Bytes_Returns422(self, client: TestClient) -> None:
        response = client.post(
            "/api/auth/register", json={"username": "bob", "password": "é" * 40}
        )
        assert response.status_code == 422

    def test_Register_InvalidUsername_Returns422(self, client: TestClient) -> None:
        response = client.post(
            "/api/auth/register", json={"username": "no spaces!", "password": "correct-horse"}
        )
        assert response.status_code == 422

    def test_Login_WrongPassword_Returns401(self, api: Api) -> None:
        api.register("alice")
        response = api.client.post(
            "/api/auth/token", data={"username": "alice", "password": "wrong-password"}
        )
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"

    def test_Login_UnknownUser_Returns401(self, client: TestClient) -> None:
        response = client.post("/api/auth/token", data={"username": "ghost", "password": "whatever1"})
        assert response.status_code == 401

    def test_Me_ValidToken_ReturnsCurrentUser(self, api: Api) -> None:
        headers = api.token_for("alice")
        response = api.client.get("/api/auth/me", headers=headers)
        assert response.status_code == 200
        assert response.json()["username"] == "alice"

    def test_Me_GarbageToken_Returns401(self, client: TestClient) -> None:
        response = client.get("/api/auth/me", headers={"Authorization": "Bearer not-a-jwt"})
        assert response.status_code == 401
