def test_register_does_not_leak_password(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "alice"}


def test_duplicate_username(client):
    body = {"username": "alice", "password": "hunter2hunter2"}
    client.post("/auth/register", json=body)
    assert client.post("/auth/register", json=body).status_code == 409


def test_register_validation(client):
    assert client.post("/auth/register", json={"username": "al", "password": "hunter2hunter2"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={}).status_code == 422


def test_wrong_password(client, make_user):
    make_user("alice")
    r = client.post("/auth/token", data={"username": "alice", "password": "nope-nope-nope"})
    assert r.status_code == 401


def test_unknown_user(client):
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever123"})
    assert r.status_code == 401


def test_todos_need_token(client):
    assert client.get("/todos").status_code == 401
    assert client.get("/todos", headers={"Authorization": "Bearer made-up"}).status_code == 401
