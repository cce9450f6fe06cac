def test_signup_returns_user_without_password(client):
    r = client.post("/auth/signup", json={"username": "carol", "password": "long-enough-pw"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "id" in body
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_is_409(client):
    payload = {"username": "carol", "password": "long-enough-pw"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    assert client.post("/auth/signup", json=payload).status_code == 409


def test_signup_validation(client):
    assert client.post("/auth/signup", json={"username": "carol"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "carol", "password": "short"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "a b", "password": "long-enough-pw"}).status_code == 422
    too_long = "x" * 73
    assert client.post("/auth/signup", json={"username": "carol", "password": too_long}).status_code == 422


def test_login_wrong_password_is_401(client, alice):
    r = client.post("/auth/token", data={"username": "alice", "password": "nope-nope-nope"})
    assert r.status_code == 401


def test_login_unknown_user_is_401(client):
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever-123"})
    assert r.status_code == 401


def test_me(client, alice):
    r = client.get("/users/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


def test_me_without_or_with_bad_token(client):
    assert client.get("/users/me").status_code == 401
    assert client.get("/users/me", headers={"Authorization": "Bearer garbage"}).status_code == 401
