"""Sign-up, login and token handling."""

import jwt

from .conftest import PASSWORD


class TestSignup:
    def test_creates_user_and_hides_password(self, client):
        r = client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})
        assert r.status_code == 201
        body = r.json()
        assert body["username"] == "ada"
        assert set(body) == {"id", "username", "created_at"}

    def test_duplicate_username_conflicts(self, client):
        client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})
        r = client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})
        assert r.status_code == 409

    def test_rejects_short_password(self, client):
        r = client.post("/auth/signup", json={"username": "ada", "password": "short"})
        assert r.status_code == 422

    def test_rejects_missing_fields(self, client):
        assert client.post("/auth/signup", json={}).status_code == 422


class TestLogin:
    def test_wrong_password(self, client, alice):
        r = client.post("/auth/token", data={"username": "alice", "password": "nope-nope-nope"})
        assert r.status_code == 401

    def test_unknown_user(self, client):
        r = client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})
        assert r.status_code == 401


class TestTokens:
    def test_missing_token(self, client):
        assert client.get("/todos").status_code == 401

    def test_garbage_token(self, client):
        r = client.get("/todos", headers={"Authorization": "Bearer garbage"})
        assert r.status_code == 401

    def test_token_signed_with_other_key(self, client, alice):
        forged = jwt.encode({"sub": "1"}, "another-key-another-key-another-key", algorithm="HS256")
        r = client.get("/todos", headers={"Authorization": f"Bearer {forged}"})
        assert r.status_code == 401
