def test_register_and_login(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 201
    assert r.json()["username"] == "alice"
    assert "password" not in r.json() and "hashed_password" not in r.json()

    r = client.post("/auth/token", data={"username": "alice", "password": "password123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_register_duplicate(client):
    body = {"username": "alice", "password": "password123"}
    client.post("/auth/register", json=body)
    assert client.post("/auth/register", json=body).status_code == 409


def test_register_validation(client):
    assert client.post("/auth/register", json={"username": "al", "password": "password123"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422


def test_login_wrong_password(client, auth):
    auth("alice")
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert r.status_code == 401


def test_me(client, auth):
    r = client.get("/auth/me", headers=auth("alice"))
    assert r.status_code == 200
    assert r.json()["username"] == "alice"
