from tests.conftest import login


class TestAuthApi:
    def test_register(self, client):
        res = client.post("/auth/register", json={"username": "john", "password": "secret123"})

        assert res.status_code == 201
        assert res.json()["username"] == "john"
        assert "hashed_password" not in res.json()

    def test_register_duplicate_username(self, client):
        client.post("/auth/register", json={"username": "john", "password": "secret123"})
        res = client.post("/auth/register", json={"username": "john", "password": "secret123"})

        assert res.status_code == 409

    def test_register_short_password(self, client):
        res = client.post("/auth/register", json={"username": "john", "password": "123"})

        assert res.status_code == 422

    def test_login(self, client):
        headers = login(client)

        assert headers["Authorization"].startswith("Bearer ")

    def test_login_wrong_password(self, client):
        client.post("/auth/register", json={"username": "john", "password": "secret123"})
        res = client.post("/auth/login", data={"username": "john", "password": "wrongpass"})

        assert res.status_code == 401

    def test_me(self, client):
        res = client.get("/auth/me", headers=login(client))

        assert res.status_code == 200
        assert res.json()["username"] == "john"
