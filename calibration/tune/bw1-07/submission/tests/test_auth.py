def test_register(client):
    res = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert res.status_code == 201
    assert res.json() == {"id": 1, "username": "alice"}


def test_register_same_username_twice(client, make_user):
    make_user("alice")
    res = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert res.status_code == 409


def test_register_bad_input(client):
    assert client.post("/auth/register", json={"username": "al", "password": "password123"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"password": "password123"}).status_code == 422


def test_login_wrong_password(client, make_user):
    make_user("alice")
    res = client.post("/auth/token", data={"username": "alice", "password": "wrongpassword"})
    assert res.status_code == 401


def test_login_unknown_user(client):
    res = client.post("/auth/token", data={"username": "nobody", "password": "password123"})
    assert res.status_code == 401


def test_fake_token(client):
    res = client.post("/posts", json={"title": "a", "content": "b"}, headers={"Authorization": "Bearer fake"})
    assert res.status_code == 401


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}
