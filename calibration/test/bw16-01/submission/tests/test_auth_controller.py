from fastapi.testclient import TestClient


class TestSignUp:
    def test_sign_up_returns_201_without_password(self, client: TestClient) -> None:
        response = client.post("/api/auth/signup", json={"username": "carol", "password": "longenough"})

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "carol"
        assert "password" not in body
        assert "password_hash" not in body

    def test_duplicate_username_returns_409(self, client: TestClient) -> None:
        client.post("/api/auth/signup", json={"username": "carol", "password": "longenough"})

        response = client.post("/api/auth/signup", json={"username": "carol", "password": "otherpass"})

        assert response.status_code == 409
        assert response.json()["error"] == "Conflict"

    def test_short_password_returns_422(self, client: TestClient) -> None:
        response = client.post("/api/auth/signup", json={"username": "carol", "password": "short"})

        assert response.status_code == 422

    def test_missing_username_returns_422(self, client: TestClient) -> None:
        response = client.post("/api/auth/signup", json={"password": "longenough"})

        assert response.status_code == 422


class TestLogin:
    def test_login_returns_bearer_token(self, client: TestClient) -> None:
        client.post("/api/auth/signup", json={"username": "dave", "password": "longenough"})

        response = client.post("/api/auth/login", data={"username": "dave", "password": "longenough"})

        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"

    def test_wrong_password_returns_401(self, client: TestClient) -> None:
        client.post("/api/auth/signup", json={"username": "dave", "password": "longenough"})

        response = client.post("/api/auth/login", data={"username": "dave", "password": "wrongwrong"})

        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"

    def test_unknown_user_returns_401(self, client: TestClient) -> None:
        response = client.post("/api/auth/login", data={"username": "ghost", "password": "whatever1"})

        assert response.status_code == 401

    def test_garbage_token_returns_401(self, client: TestClient) -> None:
        response = client.post(
            "/api/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer not.a.jwt"}
        )

        assert response.status_code == 401
