class TestRegister:
    url = "/api/auth/register/"

    def test_register_user(self, client):
        response = client.post(self.url, json={"username": "john", "password": "testpass123"})
        assert response.status_code == 201
        assert response.json()["username"] == "john"
        assert "password" not in response.json()

    def test_register_duplicate_username(self, client):
        client.post(self.url, json={"username": "john", "password": "testpass123"})
        response = client.post(self.url, json={"username": "john", "password": "testpass123"})
        assert response.status_code == 400

    def test_register_short_password(self, client):
        response = client.post(self.url, json={"username": "john", "password": "short"})
        assert response.status_code == 422


class TestToken:
    url = "/api/auth/token/"

    def test_obtain_token(self, client):
        client.post("/api/auth/register/", json={"username": "john", "password": "testpass123"})
        response = client.post(self.url, json={"username": "john", "password": "testpass123"})
        assert response.status_code == 200
        assert "access" in response.json()

    def test_obtain_token_wrong_password(self, client):
        client.post("/api/auth/register/", json={"username": "john", "password": "testpass123"})
        response = client.post(self.url, json={"username": "john", "password": "wrong"})
        assert response.status_code == 401

    def test_me(self, client, auth_headers):
        response = client.get("/api/auth/me/", headers=auth_headers)
        assert response.status_code == 200
        assert response.json()["username"] == "john"

    def test_me_invalid_token(self, client):
        response = client.get("/api/auth/me/", headers={"Authorization": "Bearer garbage"})
        assert response.status_code == 401
