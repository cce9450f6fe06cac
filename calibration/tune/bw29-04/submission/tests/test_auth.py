def test_signup_does_not_leak_password(client):
    r = client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username(client):
    client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
    r = client.post("/auth/signup", json={"username": "alice", "password": "other-pass"})
    assert r.status_code == 409


def test_signup_validation(client):
    assert client.post("/auth/signup", json={"username": "al", "password": "x"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "alice"}).status_code == 422


def test_wrong_password(client, auth_header):
    auth_header("alice")
    r = client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    assert r.status_code == 401


def test_bad_token(client):
    r = client.get("/auth/me", headers={"Authorization": "Bearer garbage"})
    assert r.status_code == 401
