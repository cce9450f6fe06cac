def test_register_ok(client):
    r = client.post("/auth/register", json={"username": "dana", "password": "password123"})
    assert r.status_code == 201
    assert r.json()["username"] == "dana"
    assert "password" not in r.json() and "password_hash" not in r.json()


def test_register_duplicate(client):
    client.post("/auth/register", json={"username": "eve", "password": "password123"})
    r = client.post("/auth/register", json={"username": "eve", "password": "password123"})
    assert r.status_code == 409


def test_register_invalid(client):
    assert client.post("/auth/register", json={"username": "x", "password": "password123"}).status_code == 422
    assert client.post("/auth/register", json={"username": "frank", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"password": "password123"}).status_code == 422


def test_login(client, new_user):
    name, _ = new_user()
    r = client.post("/auth/token", data={"username": name, "password": "password123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_login_bad_password(client, new_user):
    name, _ = new_user()
    r = client.post("/auth/token", data={"username": name, "password": "wrongpassword"})
    assert r.status_code == 401


def test_login_unknown_user(client):
    r = client.post("/auth/token", data={"username": "nobody_here", "password": "password123"})
    assert r.status_code == 401


def test_bad_token(client):
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer abc.def.ghi"})
    assert r.status_code == 401
