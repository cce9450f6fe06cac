class TestRegister:
    def test_creates_user_201(self, client):
        res = client.post("/users/register", json={"username": "alice", "password": "password123"})
        assert res.status_code == 201
        assert res.json() == {"id": res.json()["id"], "username": "alice"}

    def test_duplicate_username_409(self, client):
        body = {"username": "alice", "password": "password123"}
        client.post("/users/register", json=body)
        res = client.post("/users/register", json=body)
        assert res.status_code == 409

    def test_short_password_422(self, client):
        res = client.post("/users/register", json={"username": "alice", "password": "123"})
        assert res.status_code == 422

    def test_bad_username_chars_422(self, client):
        res = client.post("/users/register", json={"username": "a l!ce", "password": "password123"})
        assert res.status_code == 422


class TestLogin:
    def test_returns_token(self, client):
        client.post("/users/register", json={"username": "alice", "password": "password123"})
        res = client.post("/users/login", data={"username": "alice", "password": "password123"})
        assert res.status_code == 200
        assert res.json()["token_type"] == "bearer"

    def test_wrong_password_401(self, client):
        client.post("/users/register", json={"username": "alice", "password": "password123"})
        res = client.post("/users/login", data={"username": "alice", "password": "nope-nope"})
        assert res.status_code == 401

    def test_unknown_user_401(self, client):
        res = client.post("/users/login", data={"username": "ghost", "password": "password123"})
        assert res.status_code == 401

    def test_missing_fields_422(self, client):
        res = client.post("/users/login", data={"username": "alice"})
        assert res.status_code == 422


class TestMe:
    def test_me(self, client, auth_headers):
        res = client.get("/users/me", headers=auth_headers)
        assert res.status_code == 200
        assert res.json()["username"] == "alice"

    def test_me_without_token_401(self, client):
        assert client.get("/users/me").status_code == 401

    def test_me_with_bad_token_401(self, client):
        res = client.get("/users/me", headers={"Authorization": "Bearer not.a.jwt"})
        assert res.status_code == 401
