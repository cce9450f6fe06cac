def test_register_returns_user_without_password(client):
    resp = client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "alice"
    assert "id" in body
    assert "password" not in body
    assert "password_hash" not in body


def test_register_duplicate_username(client):
    payload = {"username": "alice", "password": "correct-horse"}
    assert client.post("/auth/register", json=payload).status_code == 201
    resp = client.post("/auth/register", json=payload)
    assert resp.status_code == 409


def test_register_validation(client):
    assert client.post("/auth/register", json={"username": "al", "password": "correct-horse"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422


def test_login_wrong_password(client):
    client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    resp = client.post("/auth/token", data={"username": "alice", "password": "wrong-horse"})
    assert resp.status_code == 401


def test_login_unknown_user(client):
    resp = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert resp.status_code == 401


def test_me(client, login):
    headers = login()
    resp = client.get("/auth/me", headers=headers)
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"


def test_me_requires_token(client):
    assert client.get("/auth/me").status_code == 401
    assert client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"}).status_code == 401
