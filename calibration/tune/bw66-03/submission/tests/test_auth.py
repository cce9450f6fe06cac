import pytest

from models import User


class TestRegister:
    def test_created(self, client):
        resp = client.post("/register", json={"username": "carol", "password": "longpassword"})
        assert resp.status_code == 201
        assert resp.json()["username"] == "carol"
        assert "id" in resp.json()

    def test_password_not_in_response(self, client):
        resp = client.post("/register", json={"username": "carol", "password": "longpassword"})
        assert set(resp.json()) == {"id", "username"}

    def test_password_is_hashed_in_db(self, client, db):
        client.post("/register", json={"username": "carol", "password": "longpassword"})
        row = db.query(User).filter_by(username="carol").one()
        assert row.hashed_password != "longpassword"
        assert row.hashed_password.startswith("$2b$")

    def test_same_password_different_hash(self, client, db):
        client.post("/register", json={"username": "u_one", "password": "samepassword"})
        client.post("/register", json={"username": "u_two", "password": "samepassword"})
        hashes = {u.hashed_password for u in db.query(User).all()}
        assert len(hashes) == 2  # salted

    def test_duplicate_username(self, client, alice):
        resp = client.post("/register", json={"username": "alice", "password": "longpassword"})
        assert resp.status_code == 409

    @pytest.mark.parametrize(
        "body, bad_field",
        [
            ({"password": "longpassword"}, "username"),
            ({"username": "carol"}, "password"),
            ({"username": "ca", "password": "longpassword"}, "username"),
            ({"username": "c" * 65, "password": "longpassword"}, "username"),
            ({"username": "carol", "password": "short"}, "password"),
            ({"username": "carol", "password": "p" * 73}, "password"),
            ({"username": 12345, "password": "longpassword"}, "username"),
            ({"username": "carol", "password": ["a", "list"]}, "password"),
        ],
    )
    def test_invalid_body(self, client, body, bad_field):
        resp = client.post("/register", json=body)
        assert resp.status_code == 422
        locs = [err["loc"][-1] for err in resp.json()["detail"]]
        assert bad_field in locs


class TestLogin:
    def test_ok(self, client, alice):
        resp = client.post("/login", data={"username": "alice", "password": "password123"})
        assert resp.status_code == 200
        assert resp.json()["token_type"] == "bearer"
        assert resp.json()["access_token"].count(".") == 2

    @pytest.mark.parametrize(
        "username, password",
        [("alice", "wrongpass"), ("mallory", "password123"), ("alice", "PASSWORD123")],
    )
    def test_bad_credentials(self, client, alice, username, password):
        resp = client.post("/login", data={"username": username, "password": password})
        assert resp.status_code == 401

    def test_json_body_not_accepted(self, client, alice):
        resp = client.post("/login", json={"username": "alice", "password": "password123"})
        assert resp.status_code == 422


class TestTokenRequired:
    @pytest.mark.parametrize(
        "method, path",
        [
            ("GET", "/todos"),
            ("POST", "/todos"),
            ("GET", "/todos/1"),
            ("PATCH", "/todos/1"),
            ("DELETE", "/todos/1"),
        ],
    )
    @pytest.mark.parametrize(
        "headers",
        [
            {},
            {"Authorization": "Bearer abc.def.ghi"},
            {"Authorization": "bearer"},
            {"Authorization": "Basic dXNlcjpwYXNz"},
        ],
        ids=["none", "garbage", "empty", "basic"],
    )
    def test_401(self, client, method, path, headers):
        resp = client.request(method, path, headers=headers, json={"title": "x"})
        assert resp.status_code == 401

    def test_token_of_deleted_user(self, client, alice, alice_auth, db):
        db.delete(alice)
        db.commit()
        resp = client.get("/todos", headers=alice_auth)
        assert resp.status_code == 401
