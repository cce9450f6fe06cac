def test_root(client):
    res = client.get("/")
    assert res.json().get("message") == "Hello World"
    assert res.status_code == 200


def test_create_user(client):
    res = client.post("/users/", json={"username": "hello123", "password": "password123"})
    assert res.status_code == 201
    assert res.json()["username"] == "hello123"


def test_login_user(client, test_user):
    res = client.post(
        "/login", data={"username": test_user["username"], "password": test_user["password"]}
    )
    assert res.status_code == 200
    assert res.json()["token_type"] == "bearer"


def test_get_me(authorized_client, test_user):
    res = authorized_client.get("/users/me")
    assert res.status_code == 200
    assert res.json()["username"] == "testuser"
