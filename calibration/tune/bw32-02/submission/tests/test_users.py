from tests.factories import create_user


def test_signup_returns_user_without_password(client):
    resp = client.post("/users", json={"username": "Alice", "password": "correct-horse"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "alice"
    assert "password" not in body
    assert "password_digest" not in body


def test_signup_rejects_taken_username(client):
    create_user(client, username="bob")
    resp = client.post("/users", json={"username": "BOB", "password": "another-pass"})
    assert resp.status_code == 422
    assert resp.json()["errors"] == {"username": ["has already been taken"]}


def test_signup_validates_params(client):
    assert client.post("/users", json={"username": "x", "password": "long-enough"}).status_code == 422
    assert client.post("/users", json={"username": "carol", "password": "short"}).status_code == 422
    assert client.post("/users", json={"username": "carol"}).status_code == 422


def test_login_success(client):
    user = create_user(client)
    resp = client.post("/session", data={"username": user["username"], "password": user["password"]})
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer"


def test_login_wrong_password(client):
    user = create_user(client)
    resp = client.post("/session", data={"username": user["username"], "password": "nope-nope"})
    assert resp.status_code == 401


def test_login_unknown_user(client):
    resp = client.post("/session", data={"username": "ghost", "password": "whatever1"})
    assert resp.status_code == 401
